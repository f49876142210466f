import type { PasswordStrength } from "@/lib/password-strength";
import { cn } from "@/lib/utils";
import type { CheckerStatus } from "./use-password-strength";

// Score 0–4 as segments of four, and their colour; the label says it in words too.
const FILLED = [1, 1, 2, 3, 4] as const;
const TONE = ["bg-destructive", "bg-destructive", "bg-amber-500", "bg-emerald-600", "bg-emerald-600"] as const;

/** What a weak password is told to do better: zxcvbn's warning, else its first suggestion. */
export function strengthFeedback(strength: PasswordStrength | null): string | undefined {
  if (!strength || strength.acceptable) return undefined;
  return strength.warning ?? strength.suggestions[0];
}

/**
 * Four bars and a word ("Weak", "Good"): a polite live region, so that a screen reader hears the
 * rating (and why a weak one is weak) as it changes, and nothing rests on colour alone.
 */
export function PasswordStrengthMeter({
  strength,
  status,
}: {
  strength: PasswordStrength | null;
  status: CheckerStatus;
}) {
  const filled = strength ? FILLED[strength.score] : 0;
  const feedback = strengthFeedback(strength);
  return (
    <div className="flex items-center gap-3">
      <div className="grid flex-1 grid-cols-4 gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((segment) => (
          <span
            key={segment}
            className={cn(
              "h-1.5 rounded-full transition-colors",
              strength && segment < filled ? TONE[strength.score] : "bg-muted",
            )}
          />
        ))}
      </div>
      <p
        id="password-strength"
        aria-live="polite"
        className="h-4 w-20 text-right font-medium text-foreground text-xs leading-4"
      >
        {strength ? (
          <>
            <span className="sr-only">Password strength: </span>
            {strength.label}
            {feedback && <span className="sr-only">. {feedback}</span>}
          </>
        ) : (
          status === "loading" && "Checking…"
        )}
      </p>
    </div>
  );
}
