// The soak's HTTP client: node:http keep-alive sockets, at most `connections` of them.
import http, { type IncomingHttpHeaders } from "node:http";

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export type HttpClient = ReturnType<typeof httpClient>;

/** Requests to one server over a fixed pool of keep-alive connections; a timeout is an error. */
export function httpClient(baseUrl: string, connections: number, timeoutMs = 10_000) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(baseUrl);
  function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
    const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    return new Promise((resolve, reject) => {
      const request = http.request(
        { agent, hostname, port, method, path, headers: { ...headers, ...length }, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
        },
      );
      request.on("timeout", () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      request.on("error", reject);
      request.end(body);
    });
  }
  return { send, close: () => agent.destroy() };
}
