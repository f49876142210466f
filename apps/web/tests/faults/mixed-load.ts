import pg from "pg";
import { expect } from "vitest";

export interface Outcome {
  status: number;
  ms: number;
  body: unknown;
  headers: Headers;
}

export interface LoadUser {
  userId: string;
  token: string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request as a user (JSON, bearer token), with how it was answered and how long it took. */
export async function send(url: string, token: string, init: RequestInit = {}): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(url, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...init.headers },
  });
  const text = await response.text();
  return {
    status: response.status,
    ms: performance.now() - started,
    body: text ? JSON.parse(text) : null,
    headers: response.headers,
  };
}

export interface LoadResult {
  outcomes: Outcome[];
  /** Tasks whose creation was answered 201, by id. */
  acknowledged: Map<number, { title: string; userId: string }>;
}

/** Creates and lists tasks from `clientsPerUser` clients per user until `ms` have passed. */
export async function runMixedLoad(
  appUrl: string,
  users: LoadUser[],
  clientsPerUser: number,
  ms: number,
): Promise<LoadResult> {
  const outcomes: Outcome[] = [];
  const acknowledged = new Map<number, { title: string; userId: string }>();
  const deadline = Date.now() + ms;
  const client = async (user: LoadUser, n: number) => {
    const base = `${appUrl}/api/${user.userId}/tasks`;
    for (let i = 0; Date.now() < deadline; i++) {
      const title = `w${n}-${i}`;
      const created = await send(base, user.token, { method: "POST", body: JSON.stringify({ title }) });
      outcomes.push(created);
      if (created.status === 201) acknowledged.set((created.body as { id: number }).id, { title, userId: user.userId });
      outcomes.push(await send(`${base}?limit=20`, user.token));
    }
  };
  await Promise.all(
    users.flatMap((user, u) => Array.from({ length: clientsPerUser }, (_, c) => client(user, u * clientsPerUser + c))),
  );
  return { outcomes, acknowledged };
}

/** Every refusal was a 503 problem with `Retry-After` that names nothing internal. */
export function expectOnlyRetryableRefusals(outcomes: Outcome[]): void {
  expect([...new Set(outcomes.map((o) => o.status))].sort()).toEqual([200, 201, 503]);
  for (const outcome of outcomes.filter((o) => o.status === 503)) {
    expect(outcome.headers.get("content-type")).toBe("application/problem+json");
    expect(outcome.headers.get("retry-after")).toBe("5");
    expect(JSON.stringify(outcome.body)).not.toMatch(/ECONN|postgres|pg\b|at \w+ \(|\.ts|\.js|terminat|connection/i);
  }
}

/** Every acknowledged create is in the database with the content it was acknowledged with. */
export async function expectAllStored(databaseUrl: string, acknowledged: LoadResult["acknowledged"]): Promise<void> {
  const direct = new pg.Client({ connectionString: databaseUrl });
  await direct.connect();
  try {
    const { rows } = await direct.query<{ id: number; title: string; user_id: string }>(
      "SELECT id, title, user_id FROM task WHERE id = ANY($1::int[])",
      [[...acknowledged.keys()]],
    );
    const stored = new Map(rows.map((r) => [r.id, { title: r.title, userId: r.user_id }]));
    expect(acknowledged.size).toBeGreaterThan(20);
    expect(stored).toEqual(acknowledged);
  } finally {
    await direct.end();
  }
}
