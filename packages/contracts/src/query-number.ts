import { z } from "zod";

/**
 * A query parameter's digits as the number they spell; anything else left for the schema to refuse.
 * Digits past the largest safe integer stand for it, so that they are refused as too large, not as no number.
 */
function digitsAsNumber(value: unknown): unknown {
  return typeof value === "string" && /^\d+$/.test(value) ? Math.min(Number(value), Number.MAX_SAFE_INTEGER) : value;
}

/**
 * A whole number from 1 to `max` in a query string, written in decimal digits only: `0x10`, `1e1`,
 * ` 5` and `+5`, which JavaScript's `Number` would read, are refused with the rest.
 */
export function wholeNumberParam(name: string, max: number) {
  return z.preprocess(
    digitsAsNumber,
    z
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be at least 1`)
      .max(max, `${name} must be at most ${max}`),
  );
}
