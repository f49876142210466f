import { describe, expect, it } from "vitest";
import { restoreMasks } from "../../scripts/openapi/masked-schemas";
import { pruneSchemas } from "../../scripts/openapi/prune-schemas";
import { tidyOperations } from "../../scripts/openapi/tidy-operations";
import type { OpenApiDocument } from "../../scripts/openapi/types";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("tidyOperations", () => {
  it("adds If-Match where 412 is documented and drops made-up parameter examples", () => {
    const param = { in: "path", name: "id", required: true, schema: { type: "string" }, example: "123" };
    const doc: OpenApiDocument = {
      paths: {
        "/notes/{id}": {
          get: { parameters: [{ ...param }], responses: { "200": {} } },
          patch: { parameters: [{ ...param }], responses: { "200": {}, "412": {} } },
        },
      },
    };
    tidyOperations(doc);
    const { example: _, ...plain } = param;
    expect(doc.paths?.["/notes/{id}"]?.get).toMatchObject({ parameters: [plain] });
    expect(doc.paths?.["/notes/{id}"]?.patch).toMatchObject({
      parameters: [plain, { $ref: "#/components/parameters/IfMatch" }],
    });
  });
});

describe("pruneSchemas", () => {
  it("keeps the schemas operations and shared responses reach, directly or through other schemas", () => {
    const doc: OpenApiDocument = {
      paths: {
        "/notes": { get: { responses: { "200": { content: { "application/json": { schema: ref("List") } } } } } },
      },
      components: {
        responses: { "404": { content: { "application/problem+json": { schema: ref("Problem") } } } },
        schemas: { List: { items: ref("Note") }, Note: {}, Problem: {}, SignIn: {}, QueryOutput: {} },
      },
    };
    pruneSchemas(doc);
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(["List", "Note", "Problem"]);
  });
});

describe("restoreMasks", () => {
  const note = {
    type: "object",
    properties: { id: { type: "integer" }, owner: { type: "string" }, text: { type: "string" } },
    required: ["id", "owner", "text"],
  };

  it("turns a bare $ref whose contract omits properties into the named schema with exactly the contract's", () => {
    const doc: OpenApiDocument = {
      components: { schemas: { Note: structuredClone(note), Exported: ref("Note"), Same: ref("Note") } },
    };
    const contracts = new Map([
      ["Note", ["id", "owner", "text"]],
      ["Exported", ["id", "text"]],
      ["Same", ["text", "id", "owner"]],
    ]);
    restoreMasks(doc, contracts);
    expect(doc.components?.schemas).toEqual({
      Note: note,
      Exported: {
        type: "object",
        properties: { id: { type: "integer" }, text: { type: "string" } },
        required: ["id", "text"],
      },
      Same: ref("Note"),
    });
  });

  it("refuses a contract with a property the schema its $ref names lacks: no mask makes that", () => {
    const doc: OpenApiDocument = { components: { schemas: { Note: structuredClone(note), Extended: ref("Note") } } };
    expect(() => restoreMasks(doc, new Map([["Extended", ["id", "extra"]]]))).toThrow(
      "Extended: [extra] are not in the schema its $ref names",
    );
  });
});
