import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request } from "@playwright/test";

/**
 * How long a sign-up or sign-in form may take to land: the server hashes the password (scrypt), a tenth of a
 * second on an idle core and seconds on one shared with the other suites' servers.
 */
export const PASSWORD_HASHING_MS = 15_000;

type Cookie = Awaited<ReturnType<APIRequestContext["storageState"]>>["cookies"][number];

export interface NewTask {
  title: string;
  description?: string;
  completed?: boolean;
  priority?: "none" | "low" | "medium" | "high";
  tags?: string[];
  dueDate?: string | null;
  dueTime?: string | null;
  recurrence?: { rule: string; from: "due" | "completion" } | null;
  reminders?: { minutesBefore: number }[];
  listId?: number;
  parentId?: number;
}

export interface TestUser {
  id: string;
  name: string;
  email: string;
  password: string;
  /** The session cookie Better Auth set at sign-up, ready for `context.addCookies`. */
  cookies: Cookie[];
  /** The address this user's requests come from (`X-Forwarded-For`). */
  ip: string;
  /** Creates tasks through the REST API, one after another, so that the last is the newest. */
  createTasks: (tasks: NewTask[]) => Promise<{ id: number; title: string }[]>;
  /** Creates a list through the REST API. */
  createList: (name: string, color?: string) => Promise<{ id: number; name: string }>;
  /** Deletes a task through the REST API, as another device would. */
  deleteTask: (id: number) => Promise<void>;
  /** Sets the account's time zone through the REST API (what Settings saves). */
  setTimeZone: (timeZone: string) => Promise<void>;
  /** The endpoints of the account's push subscriptions, as the server keeps them. */
  pushEndpoints: () => Promise<string[]>;
}

export { clientAddress } from "@todo/test-support/accounts";

export function uniqueEmail(): string {
  return `e2e-${randomUUID()}@example.com`;
}

/** Signs a fresh user up through Better Auth's API, as a browser would (with an `Origin`). */
export async function signUpUser(baseURL: string, ip: string, name = "Ada Lovelace"): Promise<TestUser> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, "X-Forwarded-For": ip } });
  try {
    const account = { name, email: uniqueEmail(), password: "correct horse battery staple" };
    const response = await api.post("/api/auth/sign-up/email", { data: account });
    expect(response.status(), await response.text()).toBe(200);
    const { user } = (await response.json()) as { user: { id: string } };
    const { cookies } = await api.storageState();
    expect(cookies.length, "sign-up sets the session cookie").toBeGreaterThan(0);
    const owner = { baseURL, ip, userId: user.id, cookies };
    const createTasks = (tasks: NewTask[]) => post(owner, "tasks", tasks) as Promise<{ id: number; title: string }[]>;
    const createList = async (name: string, color?: string) =>
      ((await post(owner, "lists", [{ name, ...(color && { color }) }])) as { id: number; name: string }[])[0] ?? {
        id: 0,
        name,
      };
    const deleteTask = async (id: number) => {
      await send(owner, "DELETE", `tasks/${id}`, undefined, 204);
    };
    const setTimeZone = async (timeZone: string) => {
      await send(owner, "PATCH", "settings", { timeZone }, 200);
    };
    const pushEndpoints = async () =>
      ((await send(owner, "GET", "push-subscriptions", undefined, 200)) as { endpoint: string }[]).map(
        (subscription) => subscription.endpoint,
      );
    return {
      ...account,
      id: user.id,
      cookies,
      ip,
      createTasks,
      createList,
      deleteTask,
      setTimeZone,
      pushEndpoints,
    };
  } finally {
    await api.dispose();
  }
}

interface Owner {
  baseURL: string;
  ip: string;
  userId: string;
  cookies: Cookie[];
}

/** POSTs each body to `/api/{userId}/{resource}` in turn, as the owner (one JWT), expecting 201s. */
async function post(owner: Owner, resource: "tasks" | "lists", bodies: object[]) {
  return asOwner(owner, async (call) => {
    const created: unknown[] = [];
    for (const body of bodies) created.push(await call("POST", resource, body, 201));
    return created;
  });
}

/** Sends one body to `/api/{userId}/{resource}` as the owner, expecting `status`; answers the JSON. */
function send(owner: Owner, method: string, resource: string, body: object | undefined, status: number) {
  return asOwner(owner, (call) => call(method, resource, body, status));
}

type Call = (method: string, resource: string, body: object | undefined, status: number) => Promise<unknown>;

/** Runs `use` with a caller of the owner's API, authenticated with the JWT their session gives. */
async function asOwner<T>({ baseURL, ip, userId, cookies }: Owner, use: (call: Call) => Promise<T>): Promise<T> {
  const api = await request.newContext({
    baseURL,
    storageState: { cookies, origins: [] },
    extraHTTPHeaders: { "X-Forwarded-For": ip },
  });
  try {
    const tokenResponse = await api.get("/api/auth/token");
    expect(tokenResponse.status()).toBe(200);
    const { token } = (await tokenResponse.json()) as { token: string };
    return await use(async (method, resource, body, status) => {
      const response = await api.fetch(`/api/${userId}/${resource}`, {
        method,
        data: body,
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(response.status(), await response.text()).toBe(status);
      return status === 204 ? undefined : ((await response.json()) as unknown);
    });
  } finally {
    await api.dispose();
  }
}

/** `YYYY-MM-DD` for today plus `days` in a time zone, by the wall clock there now. */
export function dateIn(timeZone: string, days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` for today plus `days`, in the browser's (and this machine's) time zone. */
export function isoDate(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
