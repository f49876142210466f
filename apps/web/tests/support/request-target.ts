import { request } from "node:http";

/**
 * Sends a request whose request-target is written as given: absolute-form (`http://host/path`), asterisk-form
 * (`*`), or any other, which `fetch` cannot send (it always writes the path). The answer as a fetch `Response`.
 */
export function sendTarget(
  baseUrl: string,
  method: string,
  target: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<Response> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path: target, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", reject);
      incoming.on("end", () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          for (const one of [value ?? []].flat()) responseHeaders.append(name, one);
        }
        const content = Buffer.concat(chunks);
        const status = incoming.statusCode ?? 0;
        const bodiless = content.length === 0 || [204, 304].includes(status);
        resolve(new Response(bodiless ? null : content, { status, headers: responseHeaders }));
      });
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
