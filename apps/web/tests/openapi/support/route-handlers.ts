import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Route helpers whose handlers are not operations of the API: the 405s of `methodNotAllowed`, the
 * 404s of `unknownPath`, the CORS answer to `OPTIONS` of `preflight`.
 */
const REFUSALS = new Set(["methodNotAllowed", "unknownPath", "preflight"]);

/** The HTTP methods a route file handles: exported functions and consts, not the refusals above. */
export function handledMethods(source: string): string[] {
  const names = [
    ...[...source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)].map((m) => m[1] as string),
    ...[...source.matchAll(/export\s+const\s+([A-Z]+)\s*[:=]\s*([\w.]+)/g)]
      .filter((m) => !REFUSALS.has(m[2] as string))
      .map((m) => m[1] as string),
    ...[...source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=\s*([\w.]+)\s*\(/g)]
      .filter((m) => !REFUSALS.has(m[2] as string))
      .flatMap((m) => (m[1] as string).split(",").map((name) => name.split(":")[0]?.trim() as string)),
  ];
  return [...new Set(names)].filter((name) => HTTP_METHODS.has(name));
}

/** `src/app/api/[userId]/tasks/route.ts` → `/api/{userId}/tasks`. */
export function urlPath(appDir: string, file: string): string {
  const dir = path.relative(appDir, path.dirname(file)).split(path.sep);
  return `/${dir.map((segment) => segment.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}")).join("/")}`;
}

/** Every `METHOD /path` the app's route handlers under `apiDir` answer, sorted. */
export function routeHandlers(appDir: string, apiDir: string, skip: (urlPath: string) => boolean): string[] {
  return readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((entry) => path.basename(entry) === "route.ts")
    .map((entry) => path.join(apiDir, entry))
    .flatMap((file) => {
      const route = urlPath(appDir, file);
      return skip(route) ? [] : handledMethods(readFileSync(file, "utf8")).map((method) => `${method} ${route}`);
    })
    .sort();
}
