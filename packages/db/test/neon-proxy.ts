import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { createConnection } from "node:net";
import { adminUrl } from "@todo/test-support/test-database";
import { WebSocketServer } from "ws";

export interface NeonProxy {
  /** What `neonWebSocketProxy` takes: host:port/path, without the scheme. */
  endpoint: string;
  /** How many WebSockets it has forwarded so far. */
  connections(): number;
  /** Stops forwarding on the open WebSockets, which stay open: a network gone silent. New ones are forwarded. */
  stall(): void;
  /** Ends every open WebSocket, as a database that went away; new ones are forwarded. */
  cut(): void;
  close(): Promise<void>;
}

/** Neon's WebSocket endpoint in miniature: each WebSocket becomes one TCP connection to the test server. */
export async function startNeonProxy(): Promise<NeonProxy> {
  const target = new URL(adminUrl);
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await once(server, "listening");
  let connections = 0;
  const stalled = new WeakSet<object>();
  server.on("connection", (socket) => {
    connections++;
    // The driver names its host in ?address=…; it is ignored, every socket goes to the test server.
    const tcp = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    socket.on("message", (data: Buffer) => stalled.has(socket) || tcp.write(data));
    tcp.on("data", (chunk) => stalled.has(socket) || socket.send(chunk));
    socket.on("close", () => tcp.end());
    tcp.on("close", () => socket.close());
    socket.on("error", () => tcp.destroy());
    tcp.on("error", () => socket.terminate());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}/v1`,
    connections: () => connections,
    stall: () => {
      for (const client of server.clients) stalled.add(client);
    },
    cut: () => {
      for (const client of server.clients) client.terminate();
    },
    close: async () => {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * `url` (the test server's) with a Neon host, which makes the factory pick the Neon driver; the proxy ignores the
 * host and forwards every socket to the test server. `host` names a pooler's (`-pooler`) when a test needs one.
 */
export function neonUrl(url: string, host = "proxy.local.neon.tech"): string {
  return Object.assign(new URL(url), { hostname: host, port: "" }).href;
}
