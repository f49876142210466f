import { PASSWORD_MIN } from "@todo/contracts";
import { Circle, CircleCheck } from "lucide-react";
import type { ReactNode } from "react";

/** The rules a new password must meet, shown before any is broken; each ticked once met. */
export function PasswordRules({ id, long, unguessable }: { id: string; long: boolean; unguessable: boolean }) {
  return (
    <ul id={id} className="grid gap-1 text-muted-foreground text-sm">
      <Rule met={long}>At least {PASSWORD_MIN} characters</Rule>
      <Rule met={unguessable}>Not a common or guessable password</Rule>
    </ul>
  );
}

function Rule({ met, children }: { met: boolean; children: ReactNode }) {
  const Icon = met ? CircleCheck : Circle;
  return (
    <li className="flex items-center gap-2" data-met={met}>
      <Icon
        aria-hidden="true"
        className={
          met ? "size-4 shrink-0 text-emerald-600 dark:text-emerald-400" : "size-4 shrink-0 text-muted-foreground"
        }
      />
      {children}
    </li>
  );
}
