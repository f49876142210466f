import { connect, createServer, type Socket } from "node:net";

// Untyped start-up messages carry these codes instead of a protocol version.
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Reads the frontend → backend half of the PostgreSQL protocol and records each statement run. */
function frontendParser(onStatement: (sql: string) => void) {
  let buffer = Buffer.alloc(0);
  let started = false;
  let parsed = "";
  return (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        started = code !== SSL_REQUEST && code !== GSS_REQUEST;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const type = String.fromCharCode(buffer[0] as number);
      const end = 1 + buffer.readInt32BE(1);
      if (buffer.length < end) return;
      const body = buffer.subarray(5, end);
      buffer = buffer.subarray(end);
      // Simple query: Q <sql>. Extended: P <name> <sql> … then E (Execute) runs the last one parsed.
      if (type === "Q") onStatement(body.toString("utf8", 0, body.indexOf(0)));
      if (type === "P") {
        const sqlStart = body.indexOf(0) + 1;
        parsed = body.toString("utf8", sqlStart, body.indexOf(0, sqlStart));
      }
      if (type === "E") onStatement(parsed);
    }
  };
}

export interface CountingProxy {
  /** The database URL, pointed at the proxy. */
  url: string;
  /** The statements run since the last `reset`, in the order they were sent. */
  statements: () => string[];
  reset: () => void;
  close: () => Promise<void>;
}

/** A TCP proxy in front of PostgreSQL that counts every statement a client sends through it. */
export async function startCountingProxy(databaseUrl: string): Promise<CountingProxy> {
  const target = new URL(databaseUrl);
  let seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const parse = frontendParser((sql) => seen.push(sql));
    client.on("data", (chunk: Buffer) => {
      parse(chunk);
      upstream.write(chunk);
    });
    client.on("end", () => upstream.end());
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((server.address() as { port: number }).port);
  return {
    url: proxied.toString(),
    statements: () => [...seen],
    reset: () => {
      seen = [];
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
