import path from "node:path";
import { describe, expect, it } from "vitest";
import { operations } from "../../scripts/openapi/types";
import { WEB_DIR } from "../support/web-dir";
import { readDocument } from "./support/document";
import { handledMethods, routeHandlers } from "./support/route-handlers";

const APP_DIR = path.join(WEB_DIR, "src/app");
// Better Auth's catch-all is Better Auth's to document; the token exchange beside it is ours.
const notOurs = (route: string) => route.startsWith("/api/auth/") && route !== "/api/auth/token/exchange";

describe("the document covers every route handler", () => {
  it("documents exactly the methods the route files under src/app/api export", () => {
    const handlers = routeHandlers(APP_DIR, path.join(APP_DIR, "api"), notOurs);
    const documented = [...operations(readDocument())].map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    expect(handlers).toContain("PATCH /api/{userId}/tasks/{id}/complete");
    expect(documented).toEqual(handlers);
  });

  it("reads handlers the way route files declare them, leaving out the 405 and 404 fallbacks", () => {
    const source = `
      export async function GET() {}
      export const POST = apiRoute(async () => {});
      export const { PUT, PATCH } = makeHandlers();
      export const { DELETE } = methodNotAllowed(["GET"]);
      export const { OPTIONS } = unknownPath();
      export const dynamic = "force-dynamic";`;
    expect(handledMethods(source)).toEqual(["GET", "POST", "PUT", "PATCH"]);
  });
});
