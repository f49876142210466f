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
  /** Mount the menu now, though its trigger was not reached yet (its row was pointed at or focused). */
  ready?: boolean;
  /** The open state, when the caller holds it (keys elsewhere open the menu too). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  modal?: boolean;
}

/**
 * A dropdown menu whose Radix machinery (its root, Popper and their state: about 20 React fibers, and a re-render
 * right after hydration) mounts when its trigger is first pointed at, focused or clicked, or when `ready`, not as the
 * page hydrates: a page drawn with many menus (one a task row) pays only for those reached for (decision 004 § What
 * the pages' figures are made of). Until then the trigger is drawn alone, saying what Radix's closed trigger says.
 *
 * Mounting replaces the trigger's element (React mounts a new one under Radix's), so:
 * - focus that landed on the one drawn alone (Tab) moves to the new one;
 * - a pointer that came in mounts it at once (`flushSync`), so a mouse press lands on Radix's trigger;
 * - a click with no press on Radix's trigger opens the menu (Radix opens on a press and on keys, not on a click): a
 *   screen reader's click, or a tap, whose press went to the element drawn alone as the pointer came in with it.
 */
export function DropdownMenuOnDemand({
  trigger,
  children,
  ready = false,
  open: heldOpen,
  onOpenChange,
  modal,
}: DropdownMenuOnDemandProps) {
  const [reached, setReached] = useState(false);
  const [ownOpen, setOwnOpen] = useState(false);
  const open = heldOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (heldOpen === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  };
  const triggerRef = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);
  const mounted = reached || ready || open;

  function mountNow(then?: { focus?: boolean; open?: boolean }) {
    if (!mounted)
      flushSync(() => {
        setReached(true);
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
    <DropdownMenu open={open} onOpenChange={setOpen} modal={modal}>
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
