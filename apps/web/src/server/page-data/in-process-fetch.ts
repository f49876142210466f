import "server-only";
import { GET as listChanges } from "@/app/api/[userId]/changes/route";
import { GET as getLists } from "@/app/api/[userId]/lists/route";
import { GET as getSettings } from "@/app/api/[userId]/settings/route";
import { GET as getTask } from "@/app/api/[userId]/tasks/[id]/route";
import { GET as listTasks } from "@/app/api/[userId]/tasks/route";
import { leaveUncounted } from "../metrics/uncounted-requests";

// The reads a page's first render needs, by the last segment of their path under /api/{userId}; and one task by its id.
const ROUTES = { changes: listChanges, lists: getLists, settings: getSettings, tasks: listTasks } as const;
const PATH = /^\/api\/([^/]+)\/(changes|lists|settings|tasks)$/;
const TASK_PATH = /^\/api\/([^/]+)\/tasks\/(\d+)$/;

/**
 * `fetch` for the typed client on the server: the request handed to the API's own route handler in
 * this process (bearer token, rate limit, validation, query, response and log as over HTTP), no
 * socket, and so not counted in the HTTP metrics. Only the GETs above: anything else is a mistake in the caller.
 */
export async function inProcessFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = leaveUncounted(new Request(input, init));
  const { pathname } = new URL(request.url);
  const task = TASK_PATH.exec(pathname);
  if (task && request.method === "GET") {
    const [, userId = "", id = ""] = task;
    return getTask(request, { params: Promise.resolve({ userId: decodeURIComponent(userId), id }) });
  }
  const match = PATH.exec(pathname);
  if (!match || request.method !== "GET") throw new Error(`No in-process route for ${request.method} ${request.url}`);
  const [, userId = "", route] = match;
  return ROUTES[route as keyof typeof ROUTES](request, {
    params: Promise.resolve({ userId: decodeURIComponent(userId) }),
  });
}
