"use client";

import { useEffect, useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";

const CHOICE_EVENT = "theme-choice";

function apply(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/**
 * The theme the user chose (theme-script.tsx applies it before the first paint): remembered in
 * this browser, and "system" follows the OS as it changes.
 */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>("system");

  useEffect(() => {
    const read = () => {
      const saved = localStorage.getItem("theme");
      setChoice(saved === "light" || saved === "dark" ? saved : "system");
    };
    read();
    // Each user of this hook (avatar menu, palette) follows a choice made in another.
    window.addEventListener(CHOICE_EVENT, read);
    return () => window.removeEventListener(CHOICE_EVENT, read);
  }, []);

  useEffect(() => {
    apply(choice);
    if (choice !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => apply("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  function choose(next: ThemeChoice) {
    if (next === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", next);
    setChoice(next);
    window.dispatchEvent(new Event(CHOICE_EVENT));
  }

  return [choice, choose];
}
