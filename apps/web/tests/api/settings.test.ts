import { settingsEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { expectProblem, expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const isoDate = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

const settingsUrl = (user: ApiUser) => `${baseUrl}/api/${user.userId}/settings`;

function patchSettings(user: ApiUser, body: string, headers: Record<string, string> = {}) {
  return fetch(settingsUrl(user), {
    method: "PATCH",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json", ...headers },
    body,
  });
}

describe("GET and PATCH /api/{userId}/settings", () => {
  it("a new account's settings are UTC, with an ETag", async () => {
    const user = await apiUser(baseUrl);
    const result = await user.client.getSettings(user.userId);
    expect(result).toEqual({ ok: true, data: { timeZone: "UTC", updatedAt: isoDate }, etag: expect.any(String) });
    const { data, etag } = result as { data: { updatedAt: string }; etag: string };
    expect(etag).toBe(settingsEtag(data));
    expect(user.lastResponse().headers.get("cache-control")).toBe("no-store");
  });

  it("stores a time zone under its canonical name, with a new version", async () => {
    const user = await apiUser(baseUrl);
    const before = must(await user.client.getSettings(user.userId));
    const saved = await user.client.updateSettings(user.userId, { timeZone: "america/new_york" });
    expect(saved).toEqual({
      ok: true,
      data: { timeZone: "America/New_York", updatedAt: isoDate },
      etag: expect.any(String),
    });
    expect(Date.parse(must(saved).updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(must(await user.client.getSettings(user.userId))).toEqual(must(saved));
  });

  it.each([
    ["a name no time zone database has", { timeZone: "Mars/Olympus_Mons" }, "timeZone", /^Not a time zone name/],
    ["an offset, which is not a zone's name", { timeZone: "+02:00" }, "timeZone", /^Not a time zone name/],
    ["a zone that is not a string", { timeZone: 2 }, "timeZone", /expected string/],
    ["an unknown field", { timeZone: "UTC", theme: "dark" }, "theme", /^Unknown field$/],
    ["nothing to change", {}, "", /^Send at least one field to change$/],
  ])("refuses %s with 422 at its path, changing nothing", async (_name, body, path, message) => {
    const user = await apiUser(baseUrl);
    const before = must(await user.client.getSettings(user.userId));
    const response = await patchSettings(user, JSON.stringify(body));
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
    expect(must(await user.client.getSettings(user.userId))).toEqual(before);
  });

  it("takes If-Match: the current version writes, a stale one is 412 and changes nothing", async () => {
    const user = await apiUser(baseUrl);
    const { etag } = (await user.client.getSettings(user.userId)) as { etag: string };
    const first = await user.client.updateSettings(user.userId, { timeZone: "Europe/Berlin" }, { ifMatch: etag });
    expect(must(first).timeZone).toBe("Europe/Berlin");
    const stale = await user.client.updateSettings(user.userId, { timeZone: "Asia/Tokyo" }, { ifMatch: etag });
    expectProblemResult(user, stale, 412, "The settings were changed since you read them: fetch them again and retry");
    // A millisecond past 9999-12-31 names no version either (500 before: the database refused the instant).
    for (const tag of ["garbage", '"253402300800000"']) {
      await expectProblem(
        await patchSettings(user, '{"timeZone":"Asia/Tokyo"}', { "If-Match": tag }),
        412,
        "If-Match must be an ETag this API sent for the settings",
      );
    }
    expect(must(await user.client.getSettings(user.userId)).timeZone).toBe("Europe/Berlin");
  });

  it("is the owner's only: 401 without a token, 403 with another user's", async () => {
    const [me, other] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    await expectProblem(await fetch(settingsUrl(me)), 401, "A bearer token is required");
    const foreign = await fetch(settingsUrl(other), { headers: { Authorization: `Bearer ${me.token}` } });
    await expectProblem(foreign, 403, "This token belongs to another user");
    const write = await fetch(settingsUrl(other), {
      method: "PATCH",
      headers: { Authorization: `Bearer ${me.token}`, "Content-Type": "application/json" },
      body: '{"timeZone":"Asia/Tokyo"}',
    });
    await expectProblem(write, 403, "This token belongs to another user");
    expect(must(await other.client.getSettings(other.userId)).timeZone).toBe("UTC");
  });

  it("answers 405 with Allow for the methods it does not take", async () => {
    const user = await apiUser(baseUrl);
    const response = await fetch(settingsUrl(user), {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, PATCH, HEAD, OPTIONS");
  });
});
