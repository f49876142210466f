import { createTodoClient, type Task, type TodoClient } from "@todo/contracts";
import { type Account, getToken, signUp } from "@todo/test-support/accounts";

export interface ApiUser extends Account {
  token: string;
  client: TodoClient;
  /** The response to the client's latest request (its body already read), for the headers. */
  lastResponse: () => Response;
  /** A raw request to this user's tasks URL plus `path`, with the bearer token; `init.headers` add to it. */
  raw: (path?: string, init?: RequestInit) => Promise<Response>;
}

/** A freshly signed-up user with a typed client bound to their token. */
export async function apiUser(baseUrl: string): Promise<ApiUser> {
  const signedUp = await signUp(baseUrl);
  const account = { ...signedUp, token: await getToken(baseUrl, signedUp.cookie) };
  let last: Response | undefined;
  const client = createTodoClient({
    baseUrl,
    getToken: () => account.token,
    fetch: async (input, init) => {
      last = await fetch(input, init);
      return last;
    },
  });
  return {
    ...account,
    client,
    lastResponse: () => {
      if (!last) throw new Error("the client has sent no request yet");
      return last;
    },
    raw: (path = "", init = {}) =>
      fetch(`${baseUrl}/api/${account.userId}/tasks${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${account.token}`, ...(init.headers as Record<string, string>) },
      }),
  };
}

/** The data of a result that must have succeeded; fails the test with the problem otherwise. */
export function must<T>(result: { ok: true; data: T } | { ok: false; problem: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problem)}`);
  return result.data;
}

/** Creates tasks one after another, so that their creation order is their order in time. */
export async function createTasks(user: ApiUser, inputs: { title: string; [field: string]: unknown }[]) {
  const tasks: Task[] = [];
  for (const input of inputs) tasks.push(must(await user.client.createTask(user.userId, input)));
  return tasks;
}
