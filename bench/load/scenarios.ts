import { type BenchUser, taskBody } from "./bench-users";

export const OPERATIONS = ["list", "create", "complete"] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One request as wrk's `wrk.format(method, path, headers, body)` takes it. */
export interface PlannedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Bodies a creating thread cycles through: a few, so that not every task is alike. */
const CREATE_BODIES = 4;

function requestsFor(operation: Operation, user: BenchUser, thread: number): PlannedRequest[] {
  const headers = { Authorization: `Bearer ${user.token}` };
  const tasks = `/api/${user.userId}/tasks`;
  switch (operation) {
    case "list":
      return [{ method: "GET", path: tasks, headers }];
    case "create":
      return Array.from({ length: CREATE_BODIES }, (_, n) => ({
        method: "POST",
        path: tasks,
        headers: { ...headers, "Content-Type": "application/json" },
        body: taskBody(thread * CREATE_BODIES + n),
      }));
    case "complete":
      // The thread's connections take its user's tasks in turn: with more tasks than connections, no two
      // of them toggle the same task at once, and no thread shares a user (so a task) with another.
      return user.taskIds.map((id) => ({ method: "PATCH", path: `${tasks}/${id}/complete`, headers }));
  }
}

/**
 * How a run spreads over wrk's threads: one thread per user (as many as the connections allow), each with
 * `connections / threads` connections sending its user's requests in turn.
 */
export function planRun(operation: Operation, users: BenchUser[], connections: number) {
  const threads = Math.min(users.length, connections);
  if (connections % threads !== 0) {
    throw new Error(`${connections} connections do not spread evenly over ${threads} users (one wrk thread each)`);
  }
  const plan = users.slice(0, threads).map((user, thread) => requestsFor(operation, user, thread));
  return { threads, plan };
}

/** A Lua literal of `value` (strings, numbers, arrays, plain objects), which wrk's script loads with dofile. */
export function luaLiteral(value: unknown): string {
  if (typeof value === "string") {
    // JSON's escapes are Lua's (\" \\ \n \t) as long as no \u escape appears: the bench's strings are ASCII.
    if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`not a printable ASCII string: ${JSON.stringify(value)}`);
    return JSON.stringify(value);
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return `{${value.map(luaLiteral).join(",")}}`;
  if (value !== null && typeof value === "object") {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    return `{${fields.map(([key, field]) => `[${luaLiteral(key)}]=${luaLiteral(field)}`).join(",")}}`;
  }
  throw new Error(`no Lua literal for ${String(value)}`);
}
