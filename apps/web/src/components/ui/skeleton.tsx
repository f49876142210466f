import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * shadcn/ui's Skeleton: a pulsing block in the shape of what is loading. What it stands for goes inside as
 * `sr-only` text, read by screen readers and never drawn (so never a contrast to check).
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="skeleton" className={cn("animate-pulse rounded-md bg-muted", className)} {...props} />;
}
