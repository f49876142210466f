import { format } from "node:util";
import { errorForLog } from "./error-for-log";
import { log } from "./log";

const LEVELS = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" } as const;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes Next.js prints.
const COLOURS = /\x1b\[[0-9;]*m/g;

/**
 * Sends what prints through `console` — Next.js's own messages (a page that failed to render, with
 * a driver error whose message holds a query's values), a library's warning — to the JSON logger:
 * every line the server prints after start-up is one JSON object, and an error in it is kept as
 * errorForLog keeps it.
 */
export function printConsoleAsJson(): void {
  for (const [method, level] of Object.entries(LEVELS)) {
    console[method as keyof typeof LEVELS] = (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      const message = format(...args.filter((arg) => arg !== error))
        .replace(COLOURS, "")
        .trim();
      log(level, "console", { ...(message && { message }), ...(error && { error: errorForLog(error) }) });
    };
  }
}
