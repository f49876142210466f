import type { FieldError } from "@todo/contracts";
import type { ImportPlan } from "@todo/db";

/** What reading an import's body gave: a plan to add, with what was read differently; or what is wrong with it. */
export type ReadResult = { ok: true; plan: ImportPlan; warnings: string[] } | { ok: false; errors: FieldError[] };

/** At most this many errors are answered: enough to fix a file, not a wall of them. */
export const ERRORS_MAX = 20;
