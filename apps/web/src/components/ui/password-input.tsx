"use client";

import { Eye, EyeOff } from "lucide-react";
import { type ComponentProps, useState } from "react";
import { cn } from "@/lib/utils";
import { Input } from "./input";

/**
 * A password field with a show-password toggle: a button whose name stays "Show password" and
 * whose `aria-pressed` says whether the password is shown (the icon says it to the eye).
 */
function PasswordInput({ className, id, ...props }: Omit<ComponentProps<"input">, "type">) {
  const [shown, setShown] = useState(false);
  const Icon = shown ? EyeOff : Eye;
  return (
    <div data-slot="password-input" className="relative">
      <Input id={id} type={shown ? "text" : "password"} className={cn("pr-11", className)} {...props} />
      <button
        type="button"
        aria-pressed={shown}
        aria-controls={id}
        onClick={() => setShown((value) => !value)}
        className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-md text-muted-foreground outline-none transition-colors hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <Icon aria-hidden="true" className="size-4" />
        <span className="sr-only">Show password</span>
      </button>
    </div>
  );
}

export { PasswordInput };
