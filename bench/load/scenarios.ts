import type { Client, Request } from "autocannon";
import { type BenchUser, taskBody } from "./bench-users";

export const OPERATIONS = ["list", "create", "complete"] as const;
export type Operation = (typeof OPERATIONS)[number];

function requestFor(operation: Operation, user: BenchUser, slot: number, lane: number, lanes: number): Request {
  const headers = { authorization: `Bearer ${user.token}` };
  const tasks = `/api/${user.userId}/tasks`;
  switch (operation) {
    case "list":
      return { method: "GET", path: tasks, headers };
    case "create":
      return {
        method: "POST",
        path: tasks,
        headers: { ...headers, "content-type": "application/json" },
        body: taskBody(slot),
      };
    case "complete": {
      // Each connection toggles its own tasks, so that no two wait on the same row lock.
      const ids = user.taskIds.filter((_, i) => i % lanes === lane);
      let next = 0;
      return {
        method: "PATCH",
        headers,
        setupRequest: (request) => ({ ...request, path: `${tasks}/${ids[next++ % ids.length]}/complete` }),
      };
    }
  }
}

/**
 * autocannon's per-connection set-up for one run: connection `n` keeps user `n mod users` (and its
 * token) for the whole run, so that the load spreads over every user.
 */
export function setupClients(operation: Operation, users: BenchUser[], connections: number) {
  const lanes = Math.max(1, Math.ceil(connections / users.length));
  let slot = 0;
  return (client: Client) => {
    const user = users[slot % users.length] as BenchUser;
    const lane = Math.floor(slot / users.length) % lanes;
    client.setRequests([requestFor(operation, user, slot, lane, lanes)]);
    slot++;
  };
}
