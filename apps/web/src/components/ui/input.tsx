import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** shadcn/ui's Input: a text field with the app's border, focus ring and invalid state. */
function Input({ className, type, ...props }: ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        "flex h-10 w-full min-w-0 rounded-md border border-neutral-300 bg-white px-3 py-2 text-base shadow-xs outline-none transition-[color,box-shadow] placeholder:text-neutral-500 disabled:pointer-events-none disabled:cursor-not-allowed disabled:opacity-50 sm:text-sm dark:border-neutral-700 dark:bg-neutral-900 dark:placeholder:text-neutral-400",
        "focus-visible:border-indigo-500 focus-visible:ring-[3px] focus-visible:ring-indigo-500/40",
        "aria-invalid:border-red-600 aria-invalid:ring-red-600/20 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400/40",
        className,
      )}
      {...props}
    />
  );
}

export { Input };
