import { createServer, type Server } from "node:http";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiUser } from "../support/api-user";
import { WEB_DIR } from "../support/web-dir";

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

const attribute = (span: Span, key: string) => {
  const value = span.attributes.find((entry) => entry.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

/** An OTLP/HTTP receiver on 127.0.0.1: every span sent to it, decoded from OTLP's JSON encoding. */
async function startReceiver(): Promise<{ url: string; spans: Span[]; server: Server }> {
  const port = await freePort();
  const spans: Span[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (request.url === "/v1/traces" && request.headers["content-type"] === "application/json") {
        const decoded = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] };
        for (const resource of decoded.resourceSpans)
          for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, spans, server };
}

let spans: Span[];
let receiver: Server;
let app: AppServer;

beforeAll(async () => {
  const started = await startReceiver();
  ({ spans, server: receiver } = started);
  app = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    OTEL_EXPORTER_OTLP_ENDPOINT: started.url,
    DEBUG: "true",
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  receiver?.close();
});

it("exports a span per request named by its route template, a child span per statement without values, and logs its trace id", async () => {
  const user = await apiUser(app.url);
  const response = await user.raw("?q=secret-search-words");
  expect(response.status).toBe(200);
  const requestId = response.headers.get("x-request-id");

  let root: Span | undefined;
  await expect
    .poll(
      () => {
        root = spans.find((span) => span.name === "GET /api/[userId]/tasks" && !span.parentSpanId);
        return root !== undefined;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  const request = root as Span;
  expect(attribute(request, "http.route")).toBe("/api/[userId]/tasks");
  expect(JSON.stringify(request)).not.toContain(user.userId);

  // Every span of the request's trace descends from its root; the statements are among them.
  const trace = spans.filter((span) => span.traceId === request.traceId);
  const byId = new Map(trace.map((span) => [span.spanId, span]));
  const rootOf = (span: Span): Span => {
    const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
    return parent ? rootOf(parent) : span;
  };
  const statements = trace.filter((span) => attribute(span, "db.system.name") === "postgresql");
  expect(statements.length).toBeGreaterThanOrEqual(1);
  for (const statement of statements) {
    expect(rootOf(statement).spanId).toBe(request.spanId);
    expect(statement.name).toBe(attribute(statement, "db.operation.name"));
    const text = String(attribute(statement, "db.query.text"));
    expect(text).toMatch(/\$1/);
    expect(text).not.toContain(user.userId);
    expect(text).not.toContain("secret-search-words");
  }
  expect(statements.map((span) => span.name)).toContain("SELECT");

  // The request's log line carries the trace id.
  const line = app
    .output()
    .split("\n")
    .find((entry) => entry.includes(`"requestId":"${requestId}"`));
  expect(line).toBeDefined();
  expect(JSON.parse(line as string).traceId).toBe(request.traceId);
});

describe("without OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  let untraced: AppServer;
  let unused: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    unused = await startReceiver();
    untraced = await startAppServer(WEB_DIR, {
      DATABASE_URL: inject("databaseUrl"),
      // Where the SDK's exporter would send were it loaded: this setting alone does not turn tracing on.
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${unused.url}/v1/traces`,
      DEBUG: "true",
    });
  }, 60_000);

  afterAll(async () => {
    await untraced?.stop();
    unused?.server.close();
  });

  it("loads no tracing: no span is exported and no log line carries a trace id", async () => {
    const user = await apiUser(untraced.url);
    const response = await user.raw();
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    // Past the exporter's one-second batches, had it been started.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(unused.spans).toEqual([]);
    const lines = untraced
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"));
    expect(lines.some((line) => line.includes(`"requestId":"${requestId}"`))).toBe(true);
    expect(lines.filter((line) => "traceId" in JSON.parse(line))).toEqual([]);
  });
});
