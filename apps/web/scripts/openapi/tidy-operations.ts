import { isObject, type OpenApiDocument, operations } from "./types";

const IF_MATCH = { $ref: "#/components/parameters/IfMatch" };

/**
 * An operation that can answer 412 takes `If-Match` (the generator reads request headers only from a Zod
 * schema, and the contracts have none for it). Parameter-level `example`s are dropped: the generator makes
 * them up from the name (`"123"` for a uuid, `"example"` for an enum); examples belong in the schema.
 */
export function tidyOperations(doc: OpenApiDocument): void {
  for (const { operation } of operations(doc)) {
    const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
    for (const parameter of parameters) {
      if (isObject(parameter)) delete parameter.example;
    }
    const responses = isObject(operation.responses) ? operation.responses : {};
    if ("412" in responses && !parameters.some((p) => isObject(p) && p.$ref === IF_MATCH.$ref)) {
      parameters.push({ ...IF_MATCH });
    }
    if (parameters.length > 0) operation.parameters = parameters;
    else delete operation.parameters;
  }
}
