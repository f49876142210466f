"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type Choice = "system" | "light" | "dark";
const NEXT: Record<Choice, Choice> = { system: "light", light: "dark", dark: "system" };
const LABELS: Record<Choice, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };

function apply(choice: Choice) {
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/** Cycles system → light → dark; the choice is remembered, and "system" follows the OS as it changes. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<Choice>("system");

  useEffect(() => {
    const saved = localStorage.getItem("theme");
    setChoice(saved === "light" || saved === "dark" ? saved : "system");
  }, []);

  useEffect(() => {
    apply(choice);
    if (choice !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => apply("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  function cycle() {
    const next = NEXT[choice];
    if (next === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", next);
    setChoice(next);
  }

  return (
    <Button variant="ghost" onClick={cycle} aria-label={`${LABELS[choice]} (change theme)`} title={LABELS[choice]}>
      {choice === "dark" ? "☾ Dark" : choice === "light" ? "☀ Light" : "◐ Auto"}
    </Button>
  );
}
