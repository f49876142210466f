import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES, routeTemplate } from "./route-template";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api");

function routeFolders(dir: string, prefix = "/api"): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.name === "route.ts") ? [prefix] : [];
  const below = entries
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => routeFolders(path.join(dir, entry.name), `${prefix}/${entry.name}`));
  return [...here, ...below];
}

describe("routeTemplate", () => {
  it("lists exactly the route folders under app/api", () => {
    expect([...API_ROUTES].sort()).toEqual(routeFolders(API_DIR).sort());
  });

  it.each([
    ["/api/u1/tasks", "/api/[userId]/tasks"],
    ["/api/u1/tasks/", "/api/[userId]/tasks"],
    ["/api/u1/tasks/42", "/api/[userId]/tasks/[id]"],
    ["/api/u1/tasks/quick", "/api/[userId]/tasks/quick"],
    ["/api/u1/tasks/42/completions/7", "/api/[userId]/tasks/[id]/completions/[completionId]"],
    ["/api/u1/lists/3/move", "/api/[userId]/lists/[id]/move"],
    ["/api/u1", "/api/[userId]"],
    ["/api/u1/nothing/here", "/api/[userId]/[...path]"],
    ["/api/health", "/api/health"],
    ["/api/metrics", "/api/metrics"],
    ["/api/auth/sign-in/email", "/api/auth/[...all]"],
    ["/api/auth", "/api/[userId]"],
    ["/api", "unmatched"],
    ["/tasks", "unmatched"],
  ])("%s is served by %s", (pathname, template) => {
    expect(routeTemplate(pathname)).toBe(template);
  });
});
