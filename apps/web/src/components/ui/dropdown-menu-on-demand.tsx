"use client";

import { Slot } from "radix-ui";
import { type ReactElement, type ReactNode, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { DropdownMenu, DropdownMenuTrigger } from "./dropdown-menu";

interface DropdownMenuOnDemandProps {
  /** The trigger: one element that takes a ref and props (a Button). */
  trigger: ReactElement;
  /** The menu's `DropdownMenuContent`. */
  children: ReactNode;
}

/**
 * A dropdown menu whose Radix machinery (its root, Popper and their state, about 15 React fibers and a re-render
 * right after hydration) mounts when its trigger is first pointed at, focused or clicked, not as the page hydrates:
 * a page drawn with several menus pays only for the one reached for (decision 004 § The commit after hydration).
 * Until then the trigger is drawn alone, saying what Radix's closed trigger says.
 *
 * Mounting replaces the trigger's element (React mounts a new one under Radix's), so:
 * - focus that landed on the one drawn alone (Tab) moves to the new one;
 * - a pointer that came in mounts it at once (`flushSync`), so a mouse press lands on Radix's trigger;
 * - a click with no press on Radix's trigger opens the menu: a screen reader's click, or a tap, whose press went to
 *   the element drawn alone as the pointer came in with it.
 */
export function DropdownMenuOnDemand({ trigger, children }: DropdownMenuOnDemandProps) {
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);

  function mountNow(then?: { focus?: boolean; open?: boolean }) {
    if (!mounted)
      flushSync(() => {
        setMounted(true);
        if (then?.open) setOpen(true);
      });
    if (then?.focus) triggerRef.current?.focus();
  }

  if (!mounted)
    return (
      <Slot.Root
        aria-haspopup="menu"
        aria-expanded={false}
        data-state="closed"
        onPointerEnter={() => mountNow()}
        onFocus={() => mountNow({ focus: true })}
        onClick={() => mountNow({ open: true })}
      >
        {trigger}
      </Slot.Root>
    );
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger
        asChild
        ref={triggerRef}
        onPointerDown={() => {
          pressed.current = true;
        }}
        onPointerLeave={() => {
          pressed.current = false;
        }}
        onClick={() => {
          if (!pressed.current) setOpen(true);
          pressed.current = false;
        }}
      >
        {trigger}
      </DropdownMenuTrigger>
      {children}
    </DropdownMenu>
  );
}
