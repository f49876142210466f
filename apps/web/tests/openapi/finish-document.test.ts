import { describe, expect, it } from "vitest";
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
