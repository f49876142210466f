import { restoreMasks } from "./masked-schemas";
import { pruneSchemas } from "./prune-schemas";
import { tidyOperations } from "./tidy-operations";
import type { OpenApiDocument } from "./types";

/** What the build does to next-openapi-gen's output: the few things the generator cannot express. */
export function finishDocument(doc: OpenApiDocument): OpenApiDocument {
  tidyOperations(doc);
  restoreMasks(doc);
  pruneSchemas(doc);
  return doc;
}
