import type { Problem } from "@todo/contracts";
import { ApiError } from "@/lib/api-call";

/** Why a request failed, in words for the user. */
export function reason(problem: Problem): string {
  if (problem.status === 0) return "You seem to be offline.";
  if (problem.errors?.length) return problem.errors.map((e) => e.message).join(". ");
  return problem.detail ?? problem.title;
}

/** Why a change failed, in words for the user. */
export function changeFailed(error: unknown): string {
  if (!(error instanceof ApiError)) return "Your change could not be saved. Try again.";
  return error.problem.status === 0 ? "You seem to be offline. Your change was not saved." : reason(error.problem);
}
