import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./backoff";

afterEach(() => {
  vi.restoreAllMocks();
});

/** The delay after each failed attempt with the jitter at its least (`random` 0) or its most (just under 1). */
function delays(random: number, retryAfter: number | null = null) {
  vi.spyOn(Math, "random").mockReturnValue(random);
  return Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1, retryAfter));
}

describe("retryDelaySeconds", () => {
  it("doubles from 5 s, with up to a fifth more at random", () => {
    expect(delays(0)).toEqual([5, 10, 20, 40, 80, 160, 320]);
    expect(delays(0.999_999)).toEqual([6, 12, 24, 48, 96, 192, 384]);
  });

  it("gives the last of 8 attempts about 10½ minutes after the first, under 13 with the jitter", () => {
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect([MAX_ATTEMPTS, sum(delays(0)), sum(delays(0.999_999))]).toEqual([8, 635, 762]);
  });

  it("waits at most 10 minutes (12 with the jitter) however many attempts failed", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect([retryDelaySeconds(8), retryDelaySeconds(30), retryDelaySeconds(0)]).toEqual([600, 600, 5]);
    vi.spyOn(Math, "random").mockReturnValue(0.999_999);
    expect(retryDelaySeconds(50)).toBe(720);
  });

  it("never retries sooner than Retry-After asks, nor waits more than an hour for it", () => {
    expect(delays(0, 30)).toEqual([30, 30, 30, 40, 80, 160, 320]);
    expect(delays(0, 0)).toEqual([5, 10, 20, 40, 80, 160, 320]);
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect(retryDelaySeconds(1, 86_400)).toBe(3600);
  });
});
