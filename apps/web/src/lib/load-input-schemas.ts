import { loadOnFirstUse } from "./load-on-first-use";

/**
 * The schemas the add box, the title editor and the sign-in and sign-up forms check input with, loaded when one of
 * them is first used (Zod stays off the pages' first load): `preload` as the form comes into use,
 * `load` when it submits.
 */
const inputSchemas = loadOnFirstUse(() => import("./input-schemas"));

export const loadInputSchemas = inputSchemas.load;

/** Starts the load and forgets a failure: the submit that needs it tries again and reports it. */
export function preloadInputSchemas(): void {
  inputSchemas.load().catch(() => {});
}
