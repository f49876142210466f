import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks } from "../support/api-user";

const baseUrl = inject("appUrl");

describe("X-Total-Count only when asked: Prefer: count=exact", () => {
  it.each([undefined, "return=minimal", "count=", "count=estimated", "respond-async"])(
    "runs no count with Prefer %j, and says nothing of one",
    async (prefer) => {
      const user = await apiUser(baseUrl);
      await createTasks(user, [{ title: "a" }, { title: "b" }, { title: "c" }]);
      const response = await user.raw("?limit=2", prefer === undefined ? {} : { headers: { Prefer: prefer } });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-total-count")).toBeNull();
      expect(response.headers.get("preference-applied")).toBeNull();
      expect(response.headers.get("link")).toMatch(/rel="next"/);
    },
  );

  it.each([
    "count=exact",
    "COUNT=Exact",
    'count="exact"',
    "respond-async, count=exact; strict",
    "count=exact, count=none",
  ])("counts every match with Prefer: %s, and says so; the page is the same", async (prefer) => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "a" }, { title: "b" }, { title: "c" }]);
    const plain = await user.raw("?limit=2&sort=title");
    const counted = await user.raw("?limit=2&sort=title", { headers: { Prefer: prefer } });
    expect(counted.status).toBe(200);
    expect(counted.headers.get("x-total-count")).toBe("3");
    expect(counted.headers.get("preference-applied")).toBe("count=exact");
    expect(counted.headers.get("link")).toBe(plain.headers.get("link"));
    expect(await counted.json()).toEqual(await plain.json());
  });

  it("reads Prefer sent as several header lines as one list (RFC 9110 §5.3)", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "a" }]);
    const headers = new Headers([
      ["Authorization", `Bearer ${user.token}`],
      ["Prefer", "respond-async"],
      ["Prefer", "count=exact"],
    ]);
    const response = await fetch(`${baseUrl}/api/${user.userId}/tasks`, { headers });
    expect(response.headers.get("x-total-count")).toBe("1");
  });

  it("still takes count=none, runs no count, and says so", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "a" }]);
    const response = await user.raw("", { headers: { Prefer: "count=none" } });
    expect(response.headers.get("x-total-count")).toBeNull();
    expect(response.headers.get("preference-applied")).toBe("count=none");
  });

  it("gives the typed client a total only when it asks to count", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "a" }, { title: "b" }]);
    expect(await user.client.listTasks(user.userId, { limit: 1 })).toMatchObject({
      ok: true,
      data: { total: null, nextCursor: expect.any(String) },
    });
    expect(await user.client.listTasks(user.userId, { limit: 1 }, { count: true })).toMatchObject({
      ok: true,
      data: { total: 2 },
    });
  });
});
