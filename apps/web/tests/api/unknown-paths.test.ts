import { describe, expect, inject, it } from "vitest";
import { apiUser } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");

describe("a path under /api that no route serves", () => {
  const paths = (userId: string) => [
    "/api/nothing-here",
    `/api/${userId}`,
    `/api/${userId}/task`,
    `/api/${userId}/tasks/1/completed`,
    `/api/${userId}/tasks/1/complete/more`,
    "/api/auth",
  ];

  it.each(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])(
    "answers %s with a 404 problem, token or not",
    async (method) => {
      const user = await apiUser(baseUrl);
      for (const path of paths(user.userId)) {
        for (const headers of [{}, { Authorization: `Bearer ${user.token}` }] as Record<string, string>[]) {
          const response = await fetch(`${baseUrl}${path}`, { method, headers });
          await expectProblem(response, 404, `Nothing is served at ${path}; see /docs for the API`);
        }
      }
    },
  );

  it("leaves the routes that exist as they are", async () => {
    const user = await apiUser(baseUrl);
    const list = await fetch(`${baseUrl}/api/${user.userId}/tasks`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    expect(list.status).toBe(200);
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/auth/jwks`)).status).toBe(200);
    // The icon browsers ask for by its old name is the app's one icon.
    const favicon = await fetch(`${baseUrl}/favicon.ico`, { redirect: "manual" });
    expect([favicon.status, favicon.headers.get("location")]).toEqual([308, "/icon.svg"]);
    // A page that does not exist is still the HTML page for people.
    const page = await fetch(`${baseUrl}/nothing-here`);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("Page not found");
  });
});
