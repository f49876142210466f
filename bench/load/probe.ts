import type { BenchUser } from "./bench-users";
import { taskBody } from "./bench-users";
import type { ServerName } from "./load-phase";
import type { Operation } from "./scenarios";

const HEADERS = ["content-type", "etag", "location", "link", "x-total-count", "x-request-id"];

async function answer(url: string, operation: Operation, user: BenchUser) {
  const tasks = `${url}/api/${user.userId}/tasks`;
  const auth = { Authorization: `Bearer ${user.token}` };
  const init: Record<Operation, [string, RequestInit]> = {
    list: [tasks, { headers: auth }],
    create: [tasks, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: taskBody(1) }],
    complete: [`${tasks}/${user.taskIds.at(-1)}/complete`, { method: "PATCH", headers: auth }],
  };
  const response = await fetch(...init[operation]);
  const body = (await response.json()) as object | object[];
  const task = Array.isArray(body) ? body[0] : body;
  return {
    status: response.status,
    headers: HEADERS.filter((name) => response.headers.has(name)),
    fields: Object.keys(task ?? {}).sort(),
  };
}

/**
 * One request of each operation to every server in turn: the bare Next.js handlers and the floor must
 * answer as the app does (status, headers, task fields), or their figures would compare different work.
 */
export async function probe(servers: Record<ServerName, { url: string }>, operation: Operation, user: BenchUser) {
  const app = await answer(servers.app.url, operation, user);
  if (app.status >= 300) throw new Error(`${operation}: the app answers ${app.status}`);
  for (const name of ["bare", "floor", "control"] as const) {
    const other = await answer(servers[name].url, operation, user);
    if (JSON.stringify(app) !== JSON.stringify(other)) {
      throw new Error(
        `${operation}: ${name} answers unlike the app\napp:   ${JSON.stringify(app)}\n${name}: ${JSON.stringify(other)}`,
      );
    }
  }
}
