import { describe, expect, it } from "vitest";
import { errorForLog } from "./error-for-log";

/** What Drizzle throws when a query fails: the statement and its values, the driver's error as cause. */
function failedQuery(params: unknown[]): Error {
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  const query = 'select "id" from "session" where "session"."token" = $1';
  return Object.assign(new Error(`Failed query: ${query}\nparams: ${params.join(",")}`, { cause: refused }), {
    name: "DrizzleQueryError",
    query,
    params,
  });
}

describe("errorForLog", () => {
  it("keeps a failed query's statement and its cause, never the values it was sent with", () => {
    const logged = errorForLog(failedQuery(["0w3QSTvLSgtmRnj2RHHqJAIzDbAQvQUL", "Buy milk\nand eggs"]));
    expect(logged).not.toContain("0w3QSTvLSgtmRnj2RHHqJAIzDbAQvQUL");
    expect(logged).not.toContain("milk");
    expect(logged).not.toContain("eggs");
    expect(logged).toContain(
      'DrizzleQueryError: Failed query: select "id" from "session" where "session"."token" = $1',
    );
    expect(logged).toContain("params: [redacted]");
    expect(logged).toContain("caused by Error: connect ECONNREFUSED 127.0.0.1:5432 [ECONNREFUSED]");
  });

  it("ends with the outer error's stack frames", () => {
    const lines = errorForLog(new TypeError("x is not a function")).split("\n");
    expect(lines[0]).toBe("TypeError: x is not a function");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\s+at /);
  });

  it("leaves out an error's other properties", () => {
    const error = Object.assign(new Error("Request failed"), { request: { headers: { cookie: "session=secret" } } });
    expect(errorForLog(error)).not.toContain("secret");
  });

  it("stops at ten causes, however long the chain", () => {
    let error = new Error("root");
    for (let i = 0; i < 50; i++) error = new Error(`wrap ${i}`, { cause: error });
    expect(errorForLog(error).match(/caused by/g)).toHaveLength(9);
  });

  it("says what a thrown non-error was without printing objects", () => {
    expect(errorForLog("plain text")).toBe("plain text");
    expect(errorForLog({ password: "hunter2" })).toBe("object");
    expect(errorForLog(undefined)).toBe("undefined");
  });
});
