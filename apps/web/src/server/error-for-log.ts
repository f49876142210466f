/** A driver's error code (ECONNREFUSED, 08006, 23505), which says what happened without any data. */
function codeOf(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? ` [${code}]` : "";
}

/**
 * Drizzle's failed-query message ends with the statement's parameters: a session token, a task's
 * title, an email. The statement stays (placeholders only); the values never reach a log.
 */
function withoutParameters(message: string): string {
  return message.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]");
}

/**
 * An error as a log keeps it: each error in the `cause` chain by name, message (query parameters
 * redacted) and code, then the outer error's stack frames. Never the error's other properties,
 * which may hold a query's values or a request.
 */
export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return typeof error === "string" ? withoutParameters(error) : typeof error;
  const chain: string[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 10; e = e.cause) {
    chain.push(`${e.name}: ${withoutParameters(e.message)}${codeOf(e)}`);
  }
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return [chain.join("\ncaused by "), ...frames].join("\n");
}
