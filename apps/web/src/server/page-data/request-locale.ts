/** When the browser names no language this runtime can write dates in. */
const FALLBACK = "en-US";

/**
 * The locale a page's dates are written in, from the request's `Accept-Language` (its most preferred
 * language that `Intl` knows, as ICU resolves it), so that the server's words for a date and the browser's agree.
 */
export function requestLocale(acceptLanguage: string | null): string {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag !== "" && tag !== "*" && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      // As ICU writes in it: private-use and unknown extensions gone (`en-x-abc-1` is `en`), so that the locales a
      // page can name are the runtime's, not one per header a client makes up (date-words.ts keeps a format per one).
      if (supported) return new Intl.DateTimeFormat(supported).resolvedOptions().locale;
    } catch {
      // Not a language tag at all: try the next.
    }
  }
  return FALLBACK;
}
