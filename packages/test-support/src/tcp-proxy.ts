import { once } from "node:events";
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones, as a database that went away. */
  cut(): Promise<void>;
  /**
   * Stops forwarding on the open connections, which stay open: a network gone silent (a frozen host, a NAT
   * that forgot the flow). New connections are forwarded; `cut` ends the silent ones.
   */
  stall(): void;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy in front of PostgreSQL that a test can cut and restore. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
  const listen = async (port: number): Promise<Server> => {
    const server = createServer((client) => {
      const upstream = createConnection(target);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
      const pair = { client, upstream };
      pairs.add(pair);
      client.once("close", () => pairs.delete(pair));
    });
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
    return server;
  };

  let server: Server | null = await listen(0);
  const { port } = server.address() as { port: number };
  const stop = async () => {
    if (!server) return;
    const closed = new Promise((resolve) => server?.close(resolve));
    for (const socket of sockets) socket.destroy();
    server = null;
    await closed;
  };
  return {
    port,
    cut: stop,
    stall: () => {
      // Unpiped and paused, each side holds what arrives and sends nothing on.
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    restore: async () => {
      server ??= await listen(port);
    },
    close: stop,
  };
}
