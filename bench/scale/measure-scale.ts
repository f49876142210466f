import { median } from "../support/median";
import type { SqlClient } from "../support/sql";

export interface ScaleUser {
  userId: string;
  token: string;
}

const SORTS = ["created", "updated", "due", "priority", "title"] as const;
export const SEARCH = "dentist";
export const TAG = "urgent";

async function get(url: string, token: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, ...headers } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** The URL of page `page` of a list, reached by following `Link: rel="next"` from page 1. */
async function pageUrl(appUrl: string, user: ScaleUser, search: string, page: number): Promise<string> {
  let url = `${appUrl}/api/${user.userId}/tasks${search}`;
  for (let n = 1; n < page; n++) {
    const response = await get(url, user.token);
    await response.arrayBuffer();
    const next = response.headers.get("link")?.match(/<([^>]+)>;\s*rel="next"/)?.[1];
    if (!next) throw new Error(`${url} has no next page (page ${n})`);
    url = `${appUrl}${next}`;
  }
  return url;
}

interface Shape {
  url: string;
  headers?: Record<string, string>;
}

/** Wall time of one request, the whole body read, in milliseconds. */
async function timed({ url, headers }: Shape, token: string): Promise<number> {
  const start = performance.now();
  await (await get(url, token, headers)).arrayBuffer();
  return performance.now() - start;
}

/** Asks the app for X-Total-Count: the list's cost with the count, which a client asks for only to show a total. */
const EXACT_COUNT = { Prefer: "count=exact" };
/** The name of a shape asked with the count. */
export const COUNTED = ", Prefer: count=exact";

/** `items` in a random order (Fisher–Yates). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The median wall time of each shape over `samples` rounds (after 3 unmeasured ones), each round visiting every
 * shape once in an order of its own: a noisy moment hits every shape alike, and no shape always follows the same one.
 */
async function sampleRounds(shapes: Map<string, Shape>, token: string, samples: number): Promise<Map<string, number>> {
  const times = new Map<string, number[]>([...shapes.keys()].map((name) => [name, []]));
  for (let round = -3; round < samples; round++) {
    for (const [name, shape] of shuffled([...shapes])) {
      const ms = await timed(shape, token);
      if (round >= 0) times.get(name)?.push(ms);
    }
  }
  return new Map([...times].map(([name, list]) => [name, median(list)]));
}

/**
 * Latency of list shapes through the app's HTTP API, one request at a time: the shapes a client gets by default
 * sampled together, then those asked with the count (two statements at once). In one fixed order, listId always
 * came after the counted tag shape and took longer than page 1 in 12 of 13 runs, though PostgreSQL runs its
 * statement as fast as page 1's (decision 004).
 */
export async function measureScale(
  appUrl: string,
  user: ScaleUser,
  { samples, deepPage, parentId }: { samples: number; deepPage: number; parentId: number },
) {
  const base = `${appUrl}/api/${user.userId}/tasks`;
  const lists = (await (await get(`${appUrl}/api/${user.userId}/lists`, user.token)).json()) as { id: number }[];
  const inList = `?listId=${lists[0]?.id}`;
  const shapes = new Map<string, Shape>([
    ["page 1", { url: base }],
    ["search", { url: `${base}?q=${SEARCH}` }],
    ["tag", { url: `${base}?tag=${TAG}` }],
  ]);
  const counted = new Map<string, Shape>(
    [...shapes].map(([name, { url }]) => [`${name}${COUNTED}`, { url, headers: EXACT_COUNT }]),
  );
  // One list's tasks (the Inbox holds all of them), by default and in their manual order, as the UI asks.
  shapes.set("listId", { url: `${base}${inList}` });
  shapes.set("listId, sort=manual", { url: `${base}${inList}&sort=manual` });
  shapes.set(`page ${deepPage}, listId, sort=manual`, {
    url: await pageUrl(appUrl, user, `${inList}&sort=manual`, deepPage),
  });
  // A task's subtasks (the most it may have) in their order, as its details show them; and every task, subtasks too.
  shapes.set("parentId, sort=manual", { url: `${base}?parentId=${parentId}&sort=manual` });
  shapes.set("parentId=any", { url: `${base}?parentId=any` });
  for (const sort of SORTS) {
    for (const order of ["asc", "desc"])
      shapes.set(`sort=${sort}&order=${order}`, { url: `${base}?sort=${sort}&order=${order}` });
    shapes.set(`page ${deepPage}, sort=${sort}`, { url: await pageUrl(appUrl, user, `?sort=${sort}`, deepPage) });
  }
  const medians = await sampleRounds(shapes, user.token, samples);
  for (const [name, ms] of await sampleRounds(counted, user.token, samples)) medians.set(name, ms);
  const total = Number((await get(base, user.token, EXACT_COUNT)).headers.get("x-total-count"));
  return { medians, total };
}

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

function scans(node: PlanNode): string[] {
  const own = node["Node Type"].includes("Scan")
    ? [`${node["Node Type"]}${node["Index Name"] ? ` on ${node["Index Name"]}` : ""}`]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

/**
 * The COUNT(*) behind X-Total-Count alone, straight on PostgreSQL, for the same three shapes: its
 * median time, then one EXPLAIN (ANALYZE, BUFFERS) for how it ran and what it read.
 */
export async function measureCounts(client: SqlClient, userId: string, samples: number) {
  const filters = {
    "page 1": "",
    // As packages/db's listTasks sends them (decision 015: q searches tags too, tag= ignores case).
    search: `AND (search_title LIKE lower('%${SEARCH}%') OR search_description LIKE lower('%${SEARCH}%') OR search_tags LIKE lower('%${SEARCH}%'))`,
    tag: `AND tag_keys @> ARRAY[lower('${TAG}')]`,
  };
  const result: Record<string, { ms: number; scans: string[]; buffersHit: number; buffersRead: number }> = {};
  for (const [name, filter] of Object.entries(filters)) {
    const query = `SELECT count(*) FROM task WHERE user_id = $1 ${filter}`;
    const times: number[] = [];
    for (let i = -2; i < samples; i++) {
      const start = performance.now();
      await client.query(query, [userId]);
      if (i >= 0) times.push(performance.now() - start);
    }
    const explained = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query}`,
      [userId],
    );
    const plan = explained.rows[0]?.["QUERY PLAN"][0].Plan;
    result[name] = {
      ms: median(times),
      scans: plan ? scans(plan) : [],
      buffersHit: plan?.["Shared Hit Blocks"] ?? 0,
      buffersRead: plan?.["Shared Read Blocks"] ?? 0,
    };
  }
  return result;
}
