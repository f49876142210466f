import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { loadOnFirstUse } from "./load-on-first-use";

/** zxcvbn's score a new password needs: 3 is "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Bounds on the estimate's work, so that one check (on every sign-up, in the server too) stays
 * well under a tenth of a second: past 64 characters a password only gets stronger, and one that
 * needs more than 10 look-alike substitutions (`p@$$w0rd`) to read as words is no common word.
 */
const ESTIMATED_LENGTH = 64;
const MAX_L33T_SUBSTITUTIONS = 10;

const STRENGTH_LABELS = ["Very weak", "Weak", "Fair", "Good", "Strong"] as const;

export interface PasswordStrength {
  /** 0 (guessed at once) to 4 (very unlikely to be guessed), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  label: (typeof STRENGTH_LABELS)[number];
  acceptable: boolean;
  /** Why it is weak ("This is a commonly used password."), when zxcvbn can tell. */
  warning: string | null;
  /** How to make it stronger. */
  suggestions: string[];
}

/** Rates a password, given words of the account (its email, its name) that make it guessable too. */
export type PasswordChecker = (password: string, personalWords: readonly string[]) => PasswordStrength;

/**
 * The estimator with its dictionaries (about a megabyte), imported on first use so that no page
 * loads it before someone types a new password. A failed load is tried again on the next call.
 */
export const loadPasswordChecker: () => Promise<PasswordChecker> = loadOnFirstUse(() => createChecker()).load;

async function createChecker(): Promise<PasswordChecker> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ]);
  const zxcvbn: ZxcvbnFactory = new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
    maxLength: ESTIMATED_LENGTH,
    l33tMaxSubstitutions: MAX_L33T_SUBSTITUTIONS,
  });
  return (password, personalWords) => {
    const { score, feedback } = zxcvbn.check(password, [...personalWords]);
    return {
      score,
      label: STRENGTH_LABELS[score],
      acceptable: score >= MIN_PASSWORD_SCORE,
      warning: feedback.warning || null,
      suggestions: feedback.suggestions,
    };
  };
}

/**
 * Words of the account and of this app that make a password easy to guess for whoever knows them:
 * the email, its local part, its pieces and them run together, the name, its parts and them run together.
 */
export function personalWords(account: { email?: string | undefined; name?: string | undefined }): string[] {
  const email = (account.email ?? "").trim().toLowerCase();
  const local = email.split("@")[0] ?? "";
  const name = (account.name ?? "").trim().toLowerCase();
  const pieces = (text: string) => text.split(/[^\p{L}\p{N}]+/u);
  const words = [
    email,
    local,
    ...pieces(local),
    pieces(local).join(""),
    name,
    ...pieces(name),
    pieces(name).join(""),
    "todo",
  ];
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/** What a refused password is told, on the form and in the API's 400 alike. */
export function weakPasswordMessage(strength: Pick<PasswordStrength, "warning" | "suggestions">): string {
  return `Too easy to guess. ${strength.warning ?? strength.suggestions[0] ?? "Add more words that are less common."}`;
}
