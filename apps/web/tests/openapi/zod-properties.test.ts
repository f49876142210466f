import * as contracts from "@todo/contracts";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isObject, type JsonObject } from "../../scripts/openapi/types";
import { readDocument, resolve } from "./support/document";

const doc = readDocument();

/** A schema's alternatives that can hold properties: `anyOf`/`oneOf`/`allOf` flattened, `null` left out. */
function alternatives(schema: JsonObject, root: JsonObject): JsonObject[] {
  let node = schema;
  while (typeof node.$ref === "string") node = resolve(root, node);
  const parts = [node.anyOf, node.oneOf, node.allOf].find(Array.isArray) as JsonObject[] | undefined;
  if (!parts) return node.type === "null" ? [] : [node];
  return parts.flatMap((part) => alternatives(part, root));
}

/**
 * Where the document's schema and the Zod schema's own JSON Schema disagree on an object's properties, walking both
 * side by side (properties, array items, the alternatives of a union in order): `$ref`s resolved on each side.
 */
function propertyMismatches(documented: JsonObject, zod: JsonObject, zodRoot: JsonObject, at: string): string[] {
  const ours = alternatives(documented, doc);
  const theirs = alternatives(zod, zodRoot);
  if (ours.length !== theirs.length) return [`${at}: ${ours.length} alternatives documented, ${theirs.length} in Zod`];
  return ours.flatMap((node, i) => {
    const other = theirs[i] as JsonObject;
    const found: string[] = [];
    if (isObject(node.properties) || isObject(other.properties)) {
      const keys = Object.keys(node.properties ?? {}).sort();
      const zodKeys = Object.keys(other.properties ?? {}).sort();
      if (keys.join() !== zodKeys.join()) found.push(`${at}: documented [${keys}], Zod [${zodKeys}]`);
      for (const key of keys.filter((k) => zodKeys.includes(k)))
        found.push(
          ...propertyMismatches(
            (node.properties as JsonObject)[key] as JsonObject,
            (other.properties as JsonObject)[key] as JsonObject,
            zodRoot,
            `${at}.${key}`,
          ),
        );
    }
    if (isObject(node.items) && isObject(other.items))
      found.push(...propertyMismatches(node.items, other.items, zodRoot, `${at}[]`));
    return found;
  });
}

/** The components named after a contract's Zod schema (decision 003: the names are the contracts' exports). */
const fromContracts = Object.entries(doc.components?.schemas ?? {}).flatMap(([name, schema]) => {
  const source = (contracts as Record<string, unknown>)[name];
  return source instanceof z.ZodType ? [[name, schema, source] as const] : [];
});

describe("the document's schemas hold exactly the properties of the Zod schemas they are generated from", () => {
  it("finds the contracts' schemas among the components", () => {
    expect(fromContracts.map(([name]) => name)).toEqual(expect.arrayContaining(["AccountExportSchema", "TaskSchema"]));
  });

  it.each(fromContracts)("%s", (name, schema, source) => {
    const zod = z.toJSONSchema(source, { io: "output", unrepresentable: "any" }) as JsonObject;
    expect(propertyMismatches(schema, zod, zod, name)).toEqual([]);
  });
});
