import { describe, expect, it } from "vitest";
import { BACKOFF_MAX_MS, reconnectDelay } from "./reconnect-delay";

// The spread's two ends: `random` 0 and (just under) 1.
const range = (failures: number, failure: Parameters<typeof reconnectDelay>[1]) => [
  reconnectDelay(failures, failure, 0),
  reconnectDelay(failures, failure, 1),
];

describe("reconnectDelay", () => {
  it("backs off from 1–2 s, doubling up to 15–30 s, when the server did not say", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((failures) => range(failures, { status: 503 }))).toEqual([
      [1_000, 2_000],
      [2_000, 4_000],
      [4_000, 8_000],
      [8_000, 16_000],
      [15_000, 30_000],
      [15_000, 30_000],
      [15_000, 30_000],
    ]);
    expect(range(3, { status: 0 })).toEqual([4_000, 8_000]);
  });

  it("waits what Retry-After asks, up to a quarter more, whatever the backoff had reached", () => {
    expect(range(1, { status: 503, retryAfterSeconds: 5 })).toEqual([5_000, 6_250]);
    expect(range(8, { status: 503, retryAfterSeconds: 2 })).toEqual([2_000, 2_500]);
  });

  it("never less than a second, and on a 503 never more than the backoff's cap", () => {
    expect(range(1, { status: 503, retryAfterSeconds: 0 })).toEqual([1_000, 1_250]);
    expect(range(1, { status: 503, retryAfterSeconds: 3_600 })).toEqual([BACKOFF_MAX_MS, BACKOFF_MAX_MS * 1.25]);
  });

  it("honours a 429's Retry-After past the cap up to 10 minutes, and waits the cap for one without", () => {
    expect(range(1, { status: 429, retryAfterSeconds: 60 })).toEqual([60_000, 75_000]);
    expect(range(1, { status: 429, retryAfterSeconds: 86_400 })).toEqual([600_000, 750_000]);
    expect(range(1, { status: 429 })).toEqual([BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
  });
});
