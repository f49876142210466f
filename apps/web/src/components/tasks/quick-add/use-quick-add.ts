"use client";

import type { QuickAddResult, Span } from "@todo/quick-add";
import { useCallback, useMemo, useState } from "react";
import { useListsContext } from "@/components/lists/lists-context";
import { useUserClock } from "@/hooks/use-user-clock";
import { loadOnFirstUse } from "@/lib/load-on-first-use";

type Parser = typeof import("@todo/quick-add");

/** The parser (chrono-node's English dates among it, about 21 kB gzipped) loads on first use, not with the page. */
const parser = loadOnFirstUse<Parser>(() => import("@todo/quick-add"));

/** Not loaded (offline): the box still adds, reading nothing. The next use tries again. */
function loadParser(): Promise<Parser | null> {
  return parser.load().catch(() => null);
}

/**
 * The add box's reading of its line, as the server's quick add reads it (@todo/quick-add), with the
 * user's today, time and lists: what it recognised (the chips) and the task it makes. The stretches the
 * user took back (`ignore`: chips removed, kept with the rest of the box's draft) stay text.
 */
export function useQuickAdd(text: string, ignore: ReadonlyArray<Span>) {
  const [loaded, setLoaded] = useState<Parser | null>(null);
  const { lists } = useListsContext();
  const { today, time } = useUserClock();
  const named = useMemo(() => lists?.map(({ id, name }) => ({ id, name })) ?? [], [lists]);

  const parseWith = useCallback(
    (module: Parser, line: string) =>
      line.trim() ? module.parseQuickAdd(line, { today, now: time, lists: named, ignore }) : null,
    [today, time, named, ignore],
  );
  const parsed: QuickAddResult | null = useMemo(
    () => (loaded ? parseWith(loaded, text) : null),
    [loaded, parseWith, text],
  );

  return {
    parsed,
    /** Loads the parser (on the box's first focus or keystroke). */
    load: useCallback(() => {
      if (!loaded) void loadParser().then((module) => module && setLoaded(module));
    }, [loaded]),
    /** The line read now, waiting for the parser if it has not come yet (Enter pressed at once). */
    parseNow: useCallback(
      async (line: string) => {
        const module = loaded ?? (await loadParser());
        return module ? parseWith(module, line) : null;
      },
      [loaded, parseWith],
    ),
  };
}
