import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Decision 010: a route handler calls one use case of the domain module and never reaches past it.
const API_DIR = path.resolve(import.meta.dirname, "../../src/app/api");
const routeFiles = readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
  .filter((entry) => path.basename(entry) === "route.ts")
  .map((entry) => ({ name: entry, source: readFileSync(path.join(API_DIR, entry), "utf8") }));

/** The names a source imports as values from `@todo/db`. */
function domainImports(source: string): string[] {
  const clause = /import\s*\{([^}]*)\}\s*from\s*"@todo\/db"/.exec(source)?.[1] ?? "";
  return clause
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith("type "));
}

/** Each handler's body, from one `export const METHOD = apiRoute` (or `userRoute`) to the next export. */
function handlerBodies(source: string): string[] {
  return source.split(/\nexport /).filter((part) => /^const [A-Z]+ = (apiRoute|userRoute)/.test(part));
}

/** For each handler of a route file, the domain functions it calls, in order. */
function domainCalls(source: string): string[][] {
  const names = domainImports(source);
  if (names.length === 0) return [];
  const call = new RegExp(`\\b(${names.join("|")})\\(`, "g");
  return handlerBodies(source).map((body) => [...body.matchAll(call)].map((match) => match[1] as string));
}

describe("route handlers and the domain module", () => {
  it("reads the route files", () => {
    expect(routeFiles.map((file) => file.name)).toContain(path.join("[userId]", "tasks", "route.ts"));
  });

  it.each(routeFiles)("$name opens no transaction and imports no query builder, table or client", ({ source }) => {
    expect(source).not.toMatch(/\.transaction\(/);
    expect(source).not.toMatch(/from\s*"(drizzle-orm[^"]*|@todo\/db\/(schema|client))"/);
  });

  it.each(routeFiles)("$name calls at most one domain function per handler", ({ source }) => {
    for (const calls of domainCalls(source)) expect(calls.length, calls.join(", ")).toBeLessThanOrEqual(1);
  });

  it("finds a handler that composes two domain functions", () => {
    const source = `import { getTask, type TaskTarget, updateTask } from "@todo/db";
export const PATCH = apiRoute(async () => { await getTask(db, a); return updateTask(db, b); });
export const GET = apiRoute(async () => getTask(db, a));
export const { POST } = methodNotAllowed(["PATCH", "GET"]);`;
    expect(domainCalls(source)).toEqual([["getTask", "updateTask"], ["getTask"]]);
  });
});
