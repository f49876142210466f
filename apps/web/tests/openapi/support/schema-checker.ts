import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { JsonObject, OpenApiDocument } from "../../../scripts/openapi/types";
import { resolve } from "./document";

// Component refs become absolute ids so each schema compiles on its own; strict mode rejects unknown keywords.
const asIds = (value: unknown): JsonObject =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"urn:schema:'));

export type Check = (schema: unknown, data: unknown) => string[];

/** Ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) over the document's component schemas. */
export function createChecker(doc: OpenApiDocument): Check {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(["example", "discriminator", "xml", "externalDocs"]);
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    ajv.addSchema(asIds(schema), `urn:schema:${name}`);
  }
  return (schema, data) => {
    const validate = ajv.compile(asIds(resolve(doc, schema)));
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  };
}
