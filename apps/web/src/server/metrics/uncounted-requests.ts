import "server-only";

const globalForUncounted = globalThis as typeof globalThis & { todoUncountedRequests?: WeakSet<Request> };

/** The requests the app makes to itself, kept on globalThis: the page's bundle and the route's may differ. */
function uncounted(): WeakSet<Request> {
  globalForUncounted.todoUncountedRequests ??= new WeakSet();
  return globalForUncounted.todoUncountedRequests;
}

/**
 * Leaves `request` out of the HTTP metrics: a page's first render calling an API route handler in-process, no
 * HTTP request of its own (the page's is the one made). Counting it would inflate the API's counts and times.
 */
export function leaveUncounted(request: Request): Request {
  uncounted().add(request);
  return request;
}

export function isUncounted(request: Request): boolean {
  return uncounted().has(request);
}
