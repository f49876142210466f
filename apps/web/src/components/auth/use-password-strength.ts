"use client";

import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { loadPasswordChecker, type PasswordChecker, type PasswordStrength } from "@/lib/password-strength";

export type CheckerStatus = "idle" | "loading" | "ready" | "failed";

/**
 * The strength of the password being typed, once `load` (called when the field is first focused
 * or typed in) has brought the estimator and its dictionaries: they are no part of the page's
 * first load. Until then, or if they fail to load, there is no rating and the server decides.
 */
export function usePasswordStrength(password: string, personalWords: readonly string[]) {
  const [checker, setChecker] = useState<PasswordChecker | null>(null);
  const [status, setStatus] = useState<CheckerStatus>("idle");
  const typed = useDeferredValue(password);

  const load = useCallback(() => {
    if (status === "loading" || status === "ready") return;
    setStatus("loading");
    loadPasswordChecker().then(
      (loaded) => {
        setChecker(() => loaded);
        setStatus("ready");
      },
      () => setStatus("failed"),
    );
  }, [status]);

  const strength: PasswordStrength | null = useMemo(
    () => (checker && typed ? checker(typed, personalWords) : null),
    [checker, typed, personalWords],
  );
  return { strength, status, load, checker };
}
