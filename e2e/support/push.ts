import { createServer, type Server } from "node:http";
import type { PushService, ReceivedPush, TestSubscription } from "@todo/test-support/push-service";

/**
 * The port of the push service stand-in's control server (serve.ts runs the stand-in, the specs run in other
 * processes): E2E_PUSH_PORT, else two after the app's.
 */
export function e2ePushControlPort(): number {
  return Number(process.env.E2E_PUSH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
}

/** Serves, on 127.0.0.1 over plain HTTP, `POST /subscriptions` (a new subscription) and `GET /received?endpoint=`. */
export async function startPushControl(push: PushService): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const json = (body: unknown) =>
      response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    if (request.method === "POST" && url.pathname === "/subscriptions") return json(push.subscribe());
    if (request.method === "GET" && url.pathname === "/received")
      return json(push.received(url.searchParams.get("endpoint") ?? ""));
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(e2ePushControlPort(), "127.0.0.1", resolve));
  return server;
}

const control = () => `http://127.0.0.1:${e2ePushControlPort()}`;

/** A subscription at the stand-in, as a browser's push service would hand one to `pushManager.subscribe`. */
export async function standInSubscription(): Promise<TestSubscription> {
  return (await fetch(`${control()}/subscriptions`, { method: "POST" })).json() as Promise<TestSubscription>;
}

/** What the stand-in took for `endpoint`, decrypted, with the VAPID claims it checked. */
export async function pushesTo(endpoint: string): Promise<ReceivedPush[]> {
  return (await fetch(`${control()}/received?endpoint=${encodeURIComponent(endpoint)}`)).json() as Promise<
    ReceivedPush[]
  >;
}
