"use client";

// Settings for every page's client code, run as the page's scripts start: before anything parses.
import "@/lib/zod-config";

/** Renders nothing: it is here so that every page loads the settings above. */
export function ClientConfig() {
  return null;
}
