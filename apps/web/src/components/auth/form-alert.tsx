import { CircleAlert } from "lucide-react";

/**
 * A form's own error (a refused sign-in, a limit), in a live region that is always there and
 * always two lines tall: it is announced when it fills, and nothing below it moves.
 */
export function FormAlert({ message }: { message?: string | undefined }) {
  return (
    <div role="alert" className="min-h-10 text-sm leading-5">
      {message && (
        <p className="flex gap-2 text-destructive">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {message}
        </p>
      )}
    </div>
  );
}
