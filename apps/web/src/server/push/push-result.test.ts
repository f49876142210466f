import { describe, expect, it } from "vitest";
import { classifyPushError } from "./push-result";

/** web-push's WebPushError as it throws one for an answer: status and the response's (lowercase) headers. */
const answered = (statusCode: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error("Received unexpected response code"), { statusCode, headers });

describe("classifyPushError", () => {
  it("retries what had no answer: a time-out, a refused or reset connection", () => {
    for (const error of [new Error("Socket timeout"), Object.assign(new Error("connect"), { code: "ECONNREFUSED" })])
      expect(classifyPushError(error)).toEqual({ kind: "retry", status: null, retryAfterSeconds: null });
    expect(classifyPushError(undefined)).toEqual({ kind: "retry", status: null, retryAfterSeconds: null });
  });

  it.each([429, 500, 502, 503, 504])("retries %i, after its Retry-After when it gives one", (status) => {
    expect(classifyPushError(answered(status))).toEqual({ kind: "retry", status, retryAfterSeconds: null });
    expect(classifyPushError(answered(status, { "retry-after": "120" }))).toEqual({
      kind: "retry",
      status,
      retryAfterSeconds: 120,
    });
  });

  it("reads Retry-After as an HTTP date, a past one as 0, and ignores one it cannot read", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    const retryAfter = (value: string) => {
      const result = classifyPushError(answered(503, { "retry-after": value }), now);
      return result.kind === "retry" ? result.retryAfterSeconds : "not a retry";
    };
    expect(retryAfter("Tue, 01 Dec 2026 10:01:30 GMT")).toBe(90);
    expect(retryAfter("Tue, 01 Dec 2026 09:00:00 GMT")).toBe(0);
    expect([retryAfter("soon"), retryAfter("-5"), retryAfter("1.5")]).toEqual([null, null, null]);
  });

  it.each([404, 410])("deletes the subscription on %i", (status) => {
    expect(classifyPushError(answered(status))).toEqual({ kind: "gone", status });
  });

  it.each([400, 401, 403, 413])("gives up on %i: sending it again would not help", (status) => {
    expect(classifyPushError(answered(status, { "retry-after": "5" }))).toEqual({ kind: "rejected", status });
  });
});
