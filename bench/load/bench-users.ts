import { signUpWithToken } from "@todo/test-support/accounts";

export interface BenchUser {
  userId: string;
  token: string;
  taskIds: number[];
}

const TAGS = ["work", "home", "errand", "urgent", "finance", "health"];
const PRIORITIES = ["none", "low", "medium", "high"];

/** A realistic task body: every field set, some undated. */
export function taskBody(n: number): string {
  const due = n % 4 === 0 ? null : `2026-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, "0")}`;
  return JSON.stringify({
    title: `Benchmark task ${n}: call the dentist about the invoice`,
    description: n % 3 === 0 ? "" : "Ask about the second appointment and bring last year's paperwork.",
    priority: PRIORITIES[n % 4],
    tags: [TAGS[n % 6], TAGS[(n + 2) % 6]],
    dueDate: due,
  });
}

/** Creates `count` tasks for the user through the API, one after another; their ids in order. */
export async function createTasks(appUrl: string, user: { userId: string; token: string }, count: number) {
  const ids: number[] = [];
  for (let n = 0; n < count; n++) {
    const response = await fetch(`${appUrl}/api/${user.userId}/tasks`, {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
      body: taskBody(n),
    });
    if (response.status !== 201)
      throw new Error(`seeding a task answered ${response.status}: ${await response.text()}`);
    ids.push(((await response.json()) as { id: number }).id);
  }
  return ids;
}

/** Users signed up through the app (so with real tokens), each given `tasks` tasks through the API. */
export async function benchUsers(appUrl: string, count: number, tasks: number): Promise<BenchUser[]> {
  const accounts = [];
  // Sign-ups one after another: each costs a scrypt hash, and they are few.
  for (let i = 0; i < count; i++) accounts.push(await signUpWithToken(appUrl));
  return Promise.all(
    accounts.map(async ({ userId, token }) => ({
      userId,
      token,
      taskIds: await createTasks(appUrl, { userId, token }, tasks),
    })),
  );
}
