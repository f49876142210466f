import { toast } from "sonner";
import { changeFailed } from "./problem-text";
import { SessionEndedError } from "./session-token";

/**
 * Tells the user, in a toast, why a change was not saved; says nothing when the session ended (the
 * page is on its way to sign-in, and says so there).
 */
export function reportFailure(error: unknown): void {
  if (!(error instanceof SessionEndedError)) toast.error(changeFailed(error));
}
