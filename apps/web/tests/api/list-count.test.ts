import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks } from "../support/api-user";

const baseUrl = inject("appUrl");

describe("X-Total-Count and Prefer: count=none", () => {
  it("counts every match by default, whatever other preferences say", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "a" }, { title: "b" }, { title: "c" }]);
    for (const prefer of [undefined, "count=exact", "return=minimal", "count=", "respond-async"]) {
      const response = await user.raw("?limit=2", prefer === undefined ? {} : { headers: { Prefer: prefer } });
      expect(response.status, prefer).toBe(200);
      expect(response.headers.get("x-total-count"), prefer).toBe("3");
      expect(response.headers.get("preference-applied"), prefer).toBeNull();
    }
  });

  it.each(["count=none", "COUNT=None", 'count="none"', "respond-async, count=none; strict", "count=none, count=exact"])(
    "leaves the count out with Prefer: %s, and says so; the page is the same",
    async (prefer) => {
      const user = await apiUser(baseUrl);
      await createTasks(user, [{ title: "a" }, { title: "b" }, { title: "c" }]);
      const counted = await user.raw("?limit=2&sort=title");
      const uncounted = await user.raw("?limit=2&sort=title", { headers: { Prefer: prefer } });
      expect(uncounted.status).toBe(200);
      expect(uncounted.headers.get("x-total-count")).toBeNull();
      expect(uncounted.headers.get("preference-applied")).toBe("count=none");
      expect(uncounted.headers.get("link")).toBe(counted.headers.get("link"));
      expect(await uncounted.json()).toEqual(await counted.json());
    },
  );

  it("gives the typed client a null total when it asks not to count", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "a" }, { title: "b" }]);
    const result = await user.client.listTasks(user.userId, { limit: 1 }, { count: false });
    expect(result).toMatchObject({ ok: true, data: { total: null, nextCursor: expect.any(String) } });
    expect(await user.client.listTasks(user.userId, { limit: 1 })).toMatchObject({ ok: true, data: { total: 2 } });
  });
});
