import { randomInt, randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request } from "@playwright/test";

type Cookie = Awaited<ReturnType<APIRequestContext["storageState"]>>["cookies"][number];

export interface NewTask {
  title: string;
  description?: string;
  completed?: boolean;
  priority?: "none" | "low" | "medium" | "high";
  tags?: string[];
  dueDate?: string | null;
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
}

/**
 * A made-up client address (sent as `X-Forwarded-For`): each test is a different user on a
 * different machine, so Better Auth's per-IP rate limits count each test apart, as they would in use.
 */
export function clientAddress(): string {
  return `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
}

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
    return { ...account, id: user.id, cookies, ip, createTasks, createList };
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

/** POSTs each body to `/api/{userId}/{resource}` in turn, as the owner (their JWT), expecting 201s. */
async function post({ baseURL, ip, userId, cookies }: Owner, resource: "tasks" | "lists", bodies: object[]) {
  const api = await request.newContext({
    baseURL,
    storageState: { cookies, origins: [] },
    extraHTTPHeaders: { "X-Forwarded-For": ip },
  });
  try {
    const tokenResponse = await api.get("/api/auth/token");
    expect(tokenResponse.status()).toBe(200);
    const { token } = (await tokenResponse.json()) as { token: string };
    const created: unknown[] = [];
    for (const body of bodies) {
      const response = await api.post(`/api/${userId}/${resource}`, {
        data: body,
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(response.status(), await response.text()).toBe(201);
      created.push(await response.json());
    }
    return created;
  } finally {
    await api.dispose();
  }
}

/** `YYYY-MM-DD` for today plus `days`, in the browser's (and this machine's) time zone. */
export function isoDate(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
