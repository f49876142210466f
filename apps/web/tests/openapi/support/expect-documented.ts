import { expect } from "vitest";
import type { JsonObject, OpenApiDocument } from "../../../scripts/openapi/types";
import { resolve } from "./document";
import type { Check } from "./schema-checker";

/**
 * Asserts that a real response is what the document says for its status: same media type, a body that
 * validates against the schema, and every documented header present with a valid value — but those in
 * `leftOut`, documented for other cases of the status and asserted absent. Returns the body.
 */
export async function expectDocumented(
  doc: OpenApiDocument,
  check: Check,
  response: Response,
  documented: JsonObject | undefined,
  leftOut: string[] = [],
): Promise<unknown> {
  expect(documented, `a documented ${response.status}`).toBeDefined();
  const { content, headers = {} } = documented as { content?: JsonObject; headers?: JsonObject };
  const text = await response.text();
  let body: unknown;
  if (content) {
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0] as string;
    expect(Object.keys(content)).toContain(mediaType);
    body = JSON.parse(text);
    expect(check((content[mediaType] as JsonObject).schema, body)).toEqual([]);
  } else {
    expect(text).toBe("");
  }
  for (const name of leftOut) {
    expect(Object.keys(headers), `${name} is documented`).toContain(name);
    expect(response.headers.get(name), `header ${name}`).toBeNull();
  }
  for (const [name, header] of Object.entries(headers)) {
    if (leftOut.includes(name)) continue;
    const value = response.headers.get(name);
    expect(value, `header ${name}`).not.toBeNull();
    const schema = resolve(doc, header).schema as JsonObject;
    const typed = schema.type === "integer" ? Number(value) : value;
    expect(check(schema, typed), `header ${name}: ${value}`).toEqual([]);
  }
  return body;
}
