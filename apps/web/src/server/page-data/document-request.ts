/**
 * Whether a page render answers a page load (the browser asked for a document, or a client that sends
 * no Fetch Metadata) rather than the app's router fetching a page's payload for a navigation inside
 * the app (`Sec-Fetch-Dest: empty`), where the browser already holds the lists and settings and
 * fetches only what it lacks.
 */
export function isDocumentRequest(headers: Headers): boolean {
  return headers.get("sec-fetch-dest") !== "empty";
}
