import { anyText, storable } from "@todo/test-support/any-text";
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser } from "../support/api-user";

const baseUrl = inject("appUrl");
const RUNS = 150;

let user: ApiUser;
beforeAll(async () => {
  user = await apiUser(baseUrl);
});

/** The tag the API keeps of a text (trimmed, leading `#`s dropped), or null when it refuses it: empty or holding whitespace. */
function storedTag(text: string): string | null {
  const tag = text.trim().replace(/^#+/, "");
  return tag === "" || /\s/.test(tag) ? null : tag;
}

describe("fuzzed text fields", () => {
  it("stores any string as sent (the title trimmed, the tag as tags are kept), or refuses it with 422 naming each field", async () => {
    await fc.assert(
      // At most 32 UTF-16 units: the title doubles as a tag, whose limit is 32 characters. Spaces and
      // `#`s often, so that the tag rules meet them.
      fc.asyncProperty(
        fc.oneof(
          anyText({ minLength: 1, maxLength: 32 }),
          fc.tuple(fc.constantFrom("#", "##", " #", "# ", " "), anyText({ maxLength: 30 })).map(([a, b]) => a + b),
        ),
        anyText({ maxLength: 40 }),
        async (title, description) => {
          const response = await user.raw("", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ title, description, tags: [title] }),
          });
          const body = await response.json();
          const trimmed = title.trim();
          const tag = storable(title) ? storedTag(title) : null;
          const refused = [
            ...(!storable(title) || trimmed === "" ? ["title"] : []),
            ...(!storable(description) ? ["description"] : []),
            ...(tag === null ? ["tags.0"] : []),
          ];
          if (refused.length === 0) {
            expect(response.status, JSON.stringify(body)).toBe(201);
            const sent = { title: trimmed, description, tags: [tag] };
            expect(body).toMatchObject(sent);
            expect(await (await user.raw(`/${body.id}`)).json()).toMatchObject(sent);
            await user.raw(`/${body.id}`, { method: "DELETE" });
          } else {
            expect(response.status, JSON.stringify(body)).toBe(422);
            const paths = new Set(body.errors.map((error: { path: string }) => error.path));
            expect([...paths]).toEqual(refused);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
