import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import type { CallFrame } from "./self-times";

export interface Place {
  /** The function's name; where the bundle minified it, the line that defines it in the source (the map holds it). */
  name: string;
  /** Its source file and line, shortened to the package's own path. */
  where: string;
  /** The npm package (`drizzle-orm`), workspace package (`@todo/db`), `node` or V8's own `(garbage collector)`. */
  pkg: string;
}

/** The package a path belongs to: the last `node_modules/` in it, else the workspace folder it is in. */
export function packageOf(path: string): string {
  // Next.js's own compiled server maps to `webpack://next/./src/…`.
  const bundled = /^webpack:\/\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(path);
  if (bundled?.[1]) return bundled[1];
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + "node_modules/".length).split("/");
    return scope?.startsWith("@") ? `${scope}/${name}` : (scope ?? path);
  }
  const workspace = /(?:^|\/)(?:packages\/([^/]+)|apps\/([^/]+)|bench\/([^/]+))\//.exec(path);
  if (workspace?.[1] || workspace?.[2]) return `@todo/${workspace[1] ?? workspace[2]}`;
  if (workspace?.[3]) return `bench/${workspace[3]}`;
  return "(other)";
}

/** A path from the package's own folder on: `drizzle-orm/pg-core/dialect.js`, `packages/db/src/tasks/list-tasks.ts`. */
function shorten(path: string): string {
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) return path.slice(modules + "node_modules/".length);
  return path
    .replace(/^(?:\.\.\/)+/, "")
    .replace(/^.*\[project\]\//, "")
    .replace(/^\/work\/[^/]+\//, "");
}

/**
 * Maps a profile's call frames back to their sources: Next.js ships the server minified, with a `.map` beside each
 * chunk, which node:module's SourceMap reads (no dependency). Frames without a map keep their own name and file.
 */
export function sourceMapper(): (frame: CallFrame) => Place {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
    }
    return maps.get(file) ?? null;
  };
  const places = new Map<string, Place>();
  return (frame) => {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    let place = places.get(key);
    if (!place) {
      place = locate(frame, mapOf);
      places.set(key, place);
    }
    return place;
  };
}

function locate(frame: CallFrame, mapOf: (file: string) => SourceMap | null): Place {
  const name = frame.functionName || "(anonymous)";
  if (frame.url === "") return { name, where: "", pkg: name.startsWith("(") ? name : "(native)" };
  if (frame.url.startsWith("node:")) return { name, where: `${frame.url}:${frame.lineNumber + 1}`, pkg: "node" };
  const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  const map = mapOf(file);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    | { originalSource?: string; originalLine?: number; name?: string }
    | undefined;
  if (entry?.originalSource !== undefined) {
    const source = entry.originalSource.replace(/^turbopack:\/\/\//, "");
    // A package's own map names its sources relative to it (drizzle-orm's `src/sql/sql.ts`): the file says whose.
    const pkg = packageOf(source) === "(other)" ? packageOf(file) : packageOf(source);
    return {
      name: definingLine(map as SourceMap, entry.originalSource, entry.originalLine ?? 0) ?? name,
      where: `${shorten(source).replace(/^webpack:\/\/[^/]+\/\.\//, "")}:${(entry.originalLine ?? 0) + 1}`,
      pkg,
    };
  }
  return { name, where: `${shorten(file)}:${frame.lineNumber + 1}`, pkg: packageOf(file) };
}

/** The source line a function starts on, trimmed and cut short: minified names (`c`, `e`) say nothing. */
function definingLine(map: SourceMap, source: string, line: number): string | undefined {
  const { sources, sourcesContent } = map.payload as { sources: string[]; sourcesContent?: (string | null)[] };
  const text = sourcesContent?.[sources.indexOf(source)]?.split("\n")[line]?.trim();
  if (!text) return undefined;
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
