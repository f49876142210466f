import "server-only";

/** Plenty for the deletions of a token's lifetime; the oldest are forgotten past it (a user id is never reused). */
const REMEMBERED_MAX = 10_000;

// On globalThis: Next.js bundles route handlers apart, and each must see the same accounts.
const globalForGone = globalThis as typeof globalThis & { todoGoneAccounts?: Set<string> };
globalForGone.todoGoneAccounts ??= new Set<string>();
const gone = globalForGone.todoGoneAccounts;

/**
 * Remembers that the user's account no longer exists: the instance that deleted it says so at once; every other
 * instance learns it within a second of the account's next request there, when its request limit's count of that
 * user meets the missing row (`api-request-limit.ts`). A JWT outlives its account by up to its lifetime, and
 * verifying it never asks the database; from then on its requests answer 401 instead of finding nothing.
 */
export function markAccountGone(userId: string): void {
  gone.add(userId);
  if (gone.size > REMEMBERED_MAX) gone.delete(gone.values().next().value as string);
}

export function isAccountGone(userId: string): boolean {
  return gone.has(userId);
}
