import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { consumeAttempt } from "../../src/rate-limit/attempts";
import type { DatabaseContext } from "./use-database";

const rule = { windowSeconds: 60, max: 3 };
const key = () => `test|${randomUUID()}`;

export function describeAttempts({ db }: DatabaseContext): void {
  describe("attempts counted in the rate_limit table", () => {
    it("allows `max` attempts in a window, then refuses with the seconds left", async () => {
      const k = key();
      const start = 1_800_000_000_000;
      const decisions = [];
      for (let i = 0; i < 5; i++) decisions.push(await consumeAttempt(db(), k, rule, start + i * 1000));
      expect(decisions).toEqual([
        { allowed: true },
        { allowed: true },
        { allowed: true },
        // The window runs from the last allowed attempt (start + 2 s) to start + 62 s.
        { allowed: false, retryAfterSeconds: 59 },
        { allowed: false, retryAfterSeconds: 58 },
      ]);
    });

    it("allows again once a window has passed since the last allowed attempt", async () => {
      const k = key();
      const start = 1_800_000_000_000;
      for (let i = 0; i < 3; i++) await consumeAttempt(db(), k, rule, start);
      expect(await consumeAttempt(db(), k, rule, start + 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
      expect(await consumeAttempt(db(), k, rule, start + 60_000)).toEqual({ allowed: true });
      // The count started over: two more, then refused.
      expect(await consumeAttempt(db(), k, rule, start + 60_001)).toEqual({ allowed: true });
      expect(await consumeAttempt(db(), k, rule, start + 60_002)).toEqual({ allowed: true });
      expect((await consumeAttempt(db(), k, rule, start + 60_003)).allowed).toBe(false);
    });

    it("counts each key apart", async () => {
      const [a, b] = [key(), key()];
      for (let i = 0; i < 3; i++) await consumeAttempt(db(), a, rule);
      expect((await consumeAttempt(db(), a, rule)).allowed).toBe(false);
      expect(await consumeAttempt(db(), b, rule)).toEqual({ allowed: true });
    });

    it("lets exactly `max` of many concurrent attempts through", async () => {
      const k = key();
      const decisions = await Promise.all(Array.from({ length: 12 }, () => consumeAttempt(db(), k, rule)));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(rule.max);
    });
  });
}
