/**
 * Runs `run` when the browser is next idle, and within `timeoutMs` however busy it stays (Safari has no
 * `requestIdleCallback`: a timer then). Returns what cancels it. For work a page's load starts but nothing waits for,
 * so that it runs in a task of its own rather than in the one that hydrates the page (decision 004).
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, Math.min(200, timeoutMs));
  return () => clearTimeout(timer);
}
