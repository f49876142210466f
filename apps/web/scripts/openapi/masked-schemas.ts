import * as contracts from "@todo/contracts";
import { z } from "zod";
import { isObject, type JsonObject, type OpenApiDocument } from "./types";

const REF_PREFIX = "#/components/schemas/";

/** The property names of each contract that is a Zod object, by export name (the components' names, decision 003). */
export function contractProperties(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, value] of Object.entries(contracts)) {
    if (value instanceof z.ZodObject) found.set(name, Object.keys(value.shape));
  }
  return found;
}

/**
 * next-openapi-gen writes a schema made by `.omit()`/`.pick()` from one it has already made a component as a bare
 * `$ref` to that component: the mask is lost (the export's `ExportedListSchema` came out as the whole `ListSchema`).
 * Each such component whose contract has other properties becomes a copy of the one it names, holding exactly its
 * contract's properties (an alias of the same schema, `ReplaceTaskSchema = CreateTaskSchema`, stays one). A mask
 * written inline (`z.array(ListSchema.omit(…))`) cannot be told from the document: name it in the contracts instead.
 */
export function restoreMasks(doc: OpenApiDocument, properties: Map<string, string[]> = contractProperties()): void {
  const schemas = doc.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    const keys = properties.get(name);
    const target = aliasTarget(schemas, schema);
    if (!keys || !target || !isObject(target.properties)) continue;
    const documented = Object.keys(target.properties);
    if (keys.length === documented.length && keys.every((key) => documented.includes(key))) continue;
    const missing = keys.filter((key) => !documented.includes(key));
    if (missing.length > 0) throw new Error(`${name}: [${missing}] are not in the schema its $ref names`);
    const kept = Object.entries(target.properties).filter(([key]) => keys.includes(key));
    const required = Array.isArray(target.required) ? target.required.filter((key) => keys.includes(key)) : undefined;
    schemas[name] = { ...target, properties: Object.fromEntries(kept), ...(required && { required }) };
  }
}

/** The schema a bare `$ref` component ends at (following a chain of them); undefined for any other schema. */
function aliasTarget(schemas: Record<string, JsonObject>, schema: JsonObject): JsonObject | undefined {
  let target: JsonObject | undefined;
  for (let node = schema; Object.keys(node).length === 1 && typeof node.$ref === "string"; ) {
    if (!node.$ref.startsWith(REF_PREFIX)) return undefined;
    const next = schemas[node.$ref.slice(REF_PREFIX.length)];
    if (!next || next === schema) return undefined;
    target = node = next;
  }
  return target;
}
