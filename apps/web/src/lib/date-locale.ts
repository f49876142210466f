"use client";

import { createContext, useContext } from "react";

/**
 * The locale the tasks page writes dates in ("Mon, Dec 8"): the one the server chose from the
 * request's Accept-Language (server/page-data/request-locale.ts), so that the server's HTML and the
 * browser's render agree; the runtime's own outside the page.
 */
export const DateLocaleContext = createContext<string | undefined>(undefined);

export function useDateLocale(): string | undefined {
  return useContext(DateLocaleContext);
}
