import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser } from "../support/api-user";
import { anyText, storable } from "./any-text";

const baseUrl = inject("appUrl");
const RUNS = 150;

let user: ApiUser;
beforeAll(async () => {
  user = await apiUser(baseUrl);
});

describe("fuzzed text fields", () => {
  it("stores any string exactly as sent (the title and tag trimmed), or refuses it with 422 naming the field", async () => {
    await fc.assert(
      // At most 32 UTF-16 units: the title doubles as a tag, whose limit is 32 characters.
      fc.asyncProperty(
        anyText({ minLength: 1, maxLength: 32 }),
        anyText({ maxLength: 40 }),
        async (title, description) => {
          const response = await user.raw("", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ title, description, tags: [title] }),
          });
          const body = await response.json();
          const trimmed = title.trim();
          if (storable(title) && storable(description) && trimmed !== "") {
            expect(response.status, JSON.stringify(body)).toBe(201);
            const sent = { title: trimmed, description, tags: [trimmed] };
            expect(body).toMatchObject(sent);
            expect(await (await user.raw(`/${body.id}`)).json()).toMatchObject(sent);
            await user.raw(`/${body.id}`, { method: "DELETE" });
          } else {
            expect(response.status, JSON.stringify(body)).toBe(422);
            const paths: string[] = body.errors.map((error: { path: string }) => error.path);
            expect(paths.length).toBeGreaterThan(0);
            for (const path of paths) expect(["title", "description", "tags.0"]).toContain(path);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
