import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { API_ROUTES } from "@/server/metrics/route-template";
import { apiUser, must } from "../support/api-user";
import { changeOf, openEvents } from "../support/event-stream";
import { startOfAWindow } from "../support/rate-limit-window";
import { WEB_DIR } from "../support/web-dir";
import { parseSamples, type Sample, sampleValue, scrape } from "./scrape";

const TOKEN = "metrics-token-for-the-tests";
const TASKS = "/api/[userId]/tasks";
const TASK = "/api/[userId]/tasks/[id]";

// An instance of its own, so that the counts are this file's traffic alone.
let app: AppServer;

beforeAll(async () => {
  app = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    METRICS_TOKEN: TOKEN,
    API_RATE_LIMIT_PER_MINUTE: "40",
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("GET /api/metrics", () => {
  it("answers 404 problem+json while METRICS_TOKEN is unset", async () => {
    const response = await fetch(`${inject("appUrl")}/api/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("takes the token with the scheme in any case and more than one space, as RFC 9110 § 11.1 allows", async () => {
    for (const authorization of [`bearer ${TOKEN}`, `BEARER ${TOKEN}`, `Bearer   ${TOKEN}`]) {
      const response = await fetch(`${app.url}/api/metrics`, { headers: { Authorization: authorization } });
      expect([authorization, response.status]).toEqual([authorization, 200]);
      expect(await response.text()).toContain("# TYPE process_cpu_seconds_total counter");
    }
  });

  it("answers 401 with WWW-Authenticate to a wrong token, a token of another length, and none", async () => {
    for (const headers of [
      { Authorization: `Bearer ${TOKEN.replace(/.$/, "x")}` },
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: TOKEN },
      {} as Record<string, string>,
    ]) {
      const response = await fetch(`${app.url}/api/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect(await response.text()).not.toContain("http_requests_total");
    }
  });

  it("counts the requests a user made, by route template, method and status, and times them", async () => {
    const user = await apiUser(app.url);
    const task = must(await user.client.createTask(user.userId, { title: "counted" }));
    for (let i = 0; i < 3; i++) expect((await user.raw()).status).toBe(200);
    expect((await user.raw(`/${task.id}`)).status).toBe(200);
    expect((await user.raw("/999999999")).status).toBe(404);
    expect((await user.raw(`/${task.id}`, { method: "DELETE" })).status).toBe(204);

    const samples = await scrape(app.url, TOKEN);
    const count = (route: string, method: string, status: string) =>
      sampleValue(samples, "http_requests_total", { route, method, status });
    expect(count(TASKS, "POST", "201")).toBe(1);
    expect(count(TASKS, "GET", "200")).toBe(3);
    expect(count(TASK, "GET", "200")).toBe(1);
    expect(count(TASK, "GET", "404")).toBe(1);
    expect(count(TASK, "DELETE", "204")).toBe(1);
    expect(
      sampleValue(samples, "http_request_duration_seconds_count", { route: TASKS, method: "GET", status: "200" }),
    ).toBe(3);
    expect(
      sampleValue(samples, "http_request_duration_seconds_bucket", {
        route: TASKS,
        method: "GET",
        status: "200",
        le: "+Inf",
      }),
    ).toBe(3);
    expect(
      sampleValue(samples, "http_request_duration_seconds_sum", { route: TASKS, method: "GET", status: "200" }),
    ).toBeGreaterThan(0);

    // Labels name templates and statuses, never a user, a task or a raw path.
    const routes = new Set(samples.filter((s) => s.labels.route !== undefined).map((s) => s.labels.route));
    for (const route of routes) expect([...API_ROUTES, "unmatched"]).toContain(route);
    for (const sample of samples) {
      for (const [key, value] of Object.entries(sample.labels)) {
        expect(value).not.toContain(user.userId);
        if (key !== "le") expect(value).not.toBe(String(task.id));
      }
    }
  });

  it("shows the pool's connections, Node's process metrics and every series an alert reads", async () => {
    const samples = await scrape(app.url, TOKEN);
    expect(sampleValue(samples, "db_pool_connections", { state: "max" })).toBe(10);
    expect(sampleValue(samples, "db_pool_connections", { state: "idle" })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, "db_pool_connections", { state: "in_use" })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, "db_pool_waiting")).toBe(0);
    expect(sampleValue(samples, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(sampleValue(samples, "nodejs_eventloop_lag_p99_seconds")).toBeGreaterThanOrEqual(0);
    for (const name of [
      "reminders_sent_total",
      "reminders_failed_total",
      "reminders_late_total",
      "reminders_backlog",
      "db_unavailable_total",
    ]) {
      expect(sampleValue(samples, name)).toBe(0);
    }
    // The dispatcher's first pass comes a second after start; each pass, sent or failed, sets the time.
    await expect
      .poll(async () => sampleValue(await scrape(app.url, TOKEN), "reminders_last_pass_timestamp_seconds"))
      .toBeGreaterThan(Date.now() / 1000 - 30);
  });

  it("leaves out a page's in-process reads of the API and the probes: only HTTP requests to the API count", async () => {
    const user = await apiUser(app.url);
    must(await user.client.createTask(user.userId, { title: "read in-process" }));
    const count = (samples: Sample[], route: string) =>
      samples
        .filter((sample) => sample.name === "http_requests_total" && sample.labels.route === route)
        .reduce((sum, sample) => sum + sample.value, 0);
    const before = await scrape(app.url, TOKEN);
    const page = await fetch(`${app.url}/`, { headers: { cookie: user.cookie } });
    expect(page.status).toBe(200);
    // The first render read the tasks through the API's handler: the task is in the page.
    expect(await page.text()).toContain("read in-process");
    for (const path of ["/api/health", "/api/ready"]) expect((await fetch(`${app.url}${path}`)).status).toBe(200);
    const after = await scrape(app.url, TOKEN);
    for (const route of [TASKS, "/api/[userId]/lists", "/api/[userId]/settings", "/api/[userId]/changes"]) {
      expect(count(after, route), route).toBe(count(before, route));
    }
    for (const route of ["/api/health", "/api/ready"]) expect(count(after, route), route).toBe(0);
  });

  it("counts the requests the API's rate limit refused", async () => {
    await startOfAWindow();
    const before = sampleValue(await scrape(app.url, TOKEN), "rate_limit_refusals_total", { limit: "api" });
    const user = await apiUser(app.url);
    const statuses: number[] = [];
    for (let i = 0; i < 42; i++) statuses.push((await user.raw()).status);
    const refused = statuses.filter((status) => status === 429).length;
    expect(refused).toBe(2);
    const samples = await scrape(app.url, TOKEN);
    expect(sampleValue(samples, "rate_limit_refusals_total", { limit: "api" })).toBe((before ?? 0) + 2);
    expect(sampleValue(samples, "http_requests_total", { route: TASKS, method: "GET", status: "429" })).toBe(2);
  }, 90_000);

  it("shows the open event streams and how late a live change reached them", async () => {
    const user = await apiUser(app.url);
    const stream = await openEvents(app.url, user, { since: "now" });
    try {
      await expect.poll(async () => sampleValue(await scrape(app.url, TOKEN), "event_streams_open")).toBe(1);
      const task = must(await user.client.createTask(user.userId, { title: "live" }));
      await stream.waitFor(changeOf("task.created", task.id), 3_000);
      const samples = await scrape(app.url, TOKEN);
      // The task's creation, and its list's count with it: each delivered within 2 s of its commit.
      const delivered = sampleValue(samples, "change_delivery_lag_seconds_count");
      expect(delivered).toBeGreaterThanOrEqual(1);
      expect(sampleValue(samples, "change_delivery_lag_seconds_bucket", { le: "2" })).toBe(delivered);
      expect(sampleValue(samples, "change_listener_reconnects_total")).toBe(0);
    } finally {
      stream.close();
    }
    await expect.poll(async () => sampleValue(await scrape(app.url, TOKEN), "event_streams_open")).toBe(0);
  });
});

describe("parseSamples", () => {
  it("reads names, labels with escapes, and values", () => {
    expect(parseSamples('# HELP x y\na_total{route="/a",q="\\"x\\""} 3\nb 1.5e-3\n')).toEqual([
      { name: "a_total", labels: { route: "/a", q: '\\"x\\"' }, value: 3 },
      { name: "b", labels: {}, value: 0.0015 },
    ]);
  });
});
