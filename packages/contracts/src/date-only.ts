import { z } from "zod";

/**
 * Whether an ISO date or instant (`2026-11-26`, `2026-11-26T10:48:50Z`) is one PostgreSQL's `date` and `timestamptz`
 * write in their ISO form: year 0001 on. ISO 8601's year 0000 (1 BC) is a `YYYY` they do not take.
 */
export const fromYearOne = (iso: string) => !iso.startsWith("0000");

/** A calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30), from 0001-01-01 on. */
export const DateOnlySchema = z.iso.date().refine(fromYearOne, "A date must be 0001-01-01 or later");
