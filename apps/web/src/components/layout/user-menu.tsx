"use client";

import { KeyboardIcon, LogOutIcon, MonitorIcon, MoonIcon, SettingsIcon, SunIcon } from "lucide-react";
import Link from "next/link";
import { useSignOut } from "@/components/auth/use-sign-out";
import { type ThemeChoice, useThemeChoice } from "@/components/theme/use-theme-choice";
import { Button } from "@/components/ui/button";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuShortcut,
} from "@/components/ui/dropdown-menu";
import { DropdownMenuOnDemand } from "@/components/ui/dropdown-menu-on-demand";

export interface UserMenuProps {
  name: string;
  email: string;
  /** The keyboard shortcuts' dialog, on pages that have one. */
  onShowShortcuts?: () => void;
}

/** Up to two initials of the user's name (else of the email), as avatars show them. */
export function initials(name: string, email: string): string {
  const words = (name.trim() || email.split("@")[0] || "?").split(/[\s._-]+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters.map((w) => [...(w ?? "?")][0]?.toUpperCase() ?? "").join("") || "?";
}

const THEMES = [
  ["system", "System", MonitorIcon],
  ["light", "Light", SunIcon],
  ["dark", "Dark", MoonIcon],
] as const;

/** The avatar in the header and its menu: who is signed in, theme, settings, shortcuts, sign out. */
export function UserMenu({ name, email, onShowShortcuts }: UserMenuProps) {
  const [theme, setTheme] = useThemeChoice();
  const signOut = useSignOut();
  return (
    <DropdownMenuOnDemand
      trigger={
        <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account menu for ${name || email}`}>
          {/* The initials are drawn, not text: the button's name says whose menu it is (WCAG 2.5.3). */}
          <span
            aria-hidden="true"
            data-initials={initials(name, email)}
            className="flex size-8 items-center justify-center rounded-full bg-primary font-semibold text-primary-foreground text-xs before:content-[attr(data-initials)]"
          />
        </Button>
      }
    >
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="font-normal">
          {name && <span className="block truncate font-medium text-foreground text-sm">{name}</span>}
          <span className="block truncate" data-testid="user-email">
            {email}
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Theme</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={theme} onValueChange={(value) => setTheme(value as ThemeChoice)}>
          {THEMES.map(([value, label, Icon]) => (
            <DropdownMenuRadioItem key={value} value={value}>
              <Icon aria-hidden="true" /> {label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings">
            <SettingsIcon aria-hidden="true" /> Settings
          </Link>
        </DropdownMenuItem>
        {onShowShortcuts && (
          <DropdownMenuItem onSelect={onShowShortcuts} className="pointer-coarse:hidden">
            <KeyboardIcon aria-hidden="true" /> Keyboard shortcuts <DropdownMenuShortcut>?</DropdownMenuShortcut>
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => void signOut()}>
          <LogOutIcon aria-hidden="true" /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenuOnDemand>
  );
}
