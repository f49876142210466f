import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, assert, beforeAll, describe, it } from "vitest";
import type { BenchUser } from "./bench-users";
import { drive, parseWrkOutput } from "./drive";
import { ensureWrk } from "./wrk/install-wrk";

// A port of this package's range (README § Benchmarks): wrk drives a real node:http server here.
const PORT = 3551;
const users: BenchUser[] = [
  { userId: "u1", token: "t1", taskIds: [11, 12, 13, 14] },
  { userId: "u2", token: "t2", taskIds: [21, 22, 23, 24] },
];

interface Seen {
  method: string;
  url: string;
  authorization: string;
  contentType: string;
  body: string;
}

describe("drive (wrk and its Lua script)", () => {
  const seen: Seen[] = [];
  let status = 200;
  const server = createServer(async (request: IncomingMessage, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    seen.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization ?? "",
      contentType: request.headers["content-type"] ?? "",
      body,
    });
    response.writeHead(status, { "Content-Type": "application/json" }).end("{}");
  });
  const url = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    ensureWrk();
    await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
    assert.strictEqual((server.address() as AddressInfo).port, PORT);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends each user's list request with its own token, and counts the answers", async () => {
    seen.length = 0;
    const figures = await drive(url, "list", users, { connections: 2, seconds: 1 });
    assert.isAbove(figures.rps, 50);
    assert.strictEqual(figures.errors, 0);
    assert.strictEqual(figures.non2xx, 0);
    assert.isAbove(figures.p99, 0);
    const kinds = new Set(seen.map((request) => `${request.method} ${request.url} ${request.authorization}`));
    assert.deepEqual([...kinds].sort(), ["GET /api/u1/tasks Bearer t1", "GET /api/u2/tasks Bearer t2"]);
  });

  it("posts JSON task bodies", async () => {
    seen.length = 0;
    await drive(url, "create", users.slice(0, 1), { connections: 1, seconds: 1 });
    const posts = seen.filter((request) => request.method === "POST" && request.url === "/api/u1/tasks");
    assert.strictEqual(posts.length, seen.length);
    assert.strictEqual(posts[0]?.contentType, "application/json");
    assert.match(JSON.parse(posts[0]?.body ?? "{}").title, /^Benchmark task/);
  });

  it("completes each user's tasks in turn, on its own user's paths only", async () => {
    seen.length = 0;
    await drive(url, "complete", users, { connections: 2, seconds: 1 });
    const byUser = (user: BenchUser) =>
      seen.filter((request) => request.authorization === `Bearer ${user.token}`).map((request) => request.url);
    for (const user of users) {
      const paths = byUser(user);
      const expected = user.taskIds.map((id) => `/api/${user.userId}/tasks/${id}/complete`);
      // Every one of its tasks, in turn, round and round (wherever the first request of the run fell).
      assert.isAbove(paths.length, 8);
      const turns = paths.map((path) => expected.indexOf(path));
      assert.ok(turns.every((turn, i) => turn >= 0 && (i === 0 || turn === ((turns[i - 1] as number) + 1) % 4)));
      assert.ok(seen.every((request) => request.method === "PATCH"));
    }
  });

  it("counts every answer outside 200–299 as non-2xx", async () => {
    status = 409;
    seen.length = 0;
    try {
      const figures = await drive(url, "list", users, { connections: 2, seconds: 1 });
      assert.isAbove(figures.non2xx, 0);
      // Every answer wrk counted was a 409 (those cut off at the end were not counted at all).
      assert.isAtMost(figures.non2xx, seen.length);
      assert.isAtLeast(figures.non2xx, seen.length - 2);
    } finally {
      status = 200;
    }
  });

  it("refuses connections that do not spread evenly over the users' threads", async () => {
    await assertRejects(drive(url, "list", users, { connections: 3, seconds: 1 }), /do not spread evenly/);
  });
});

describe("parseWrkOutput", () => {
  it("reads the script's summary line, latencies in ms", () => {
    const output = [
      "Running 3s test @ http://127.0.0.1:1",
      'BENCH_WRK {"requests":3000,"duration_us":3000000,"errors":2,"non2xx":5,"p50_us":4321,"p99_us":12345}',
    ].join("\n");
    assert.deepEqual(parseWrkOutput(output), { rps: 1000, p50: 4.3, p99: 12.3, errors: 2, non2xx: 5 });
  });

  it("fails without one", () => {
    assert.throws(() => parseWrkOutput("unable to connect"), /wrk printed no summary/);
  });
});

async function assertRejects(promise: Promise<unknown>, pattern: RegExp) {
  try {
    await promise;
  } catch (error) {
    assert.match(String(error), pattern);
    return;
  }
  assert.fail("expected a rejection");
}
