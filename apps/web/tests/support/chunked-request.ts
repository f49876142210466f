import { connect } from "node:net";

/** Between two chunks: time for the server to answer once it has read past its limit. */
const PAUSE_MS = 50;

/**
 * Sends a request with a chunked body over a plain socket, and answers the response the server wrote.
 * Unlike `fetch`, it still reads that response when the server closes the connection before the body
 * is all sent (a 413 does: fetch reports the unsent rest as EPIPE, and the answer is lost). With
 * `declaredLength`, the body is sent as it is under that `Content-Length` instead (which may claim more
 * than the chunks hold: a server that refuses the length never waits for the rest).
 * The chunks go one at a time, a few milliseconds apart, and no more once the server has answered: a
 * server that closes with bytes of ours still unread sends a reset, and a reset can take the answer we
 * had not read yet with it (the race a lingering close avoids; the server stops reading at its limit).
 */
export function sendChunked(
  url: string,
  {
    method,
    headers,
    chunks,
    declaredLength,
  }: { method: string; headers: Record<string, string>; chunks: string[]; declaredLength?: number },
): Promise<Response> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const received: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      const head = [
        `${method} ${pathname}${search} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        declaredLength === undefined ? "Transfer-Encoding: chunked" : `Content-Length: ${declaredLength}`,
      ];
      for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
      socket.write(`${head.join("\r\n")}\r\n\r\n`);
      const pieces =
        declaredLength !== undefined
          ? chunks
          : [...chunks.map((chunk) => `${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`), "0\r\n\r\n"];
      void (async () => {
        for (const piece of pieces) {
          if (received.length > 0 || socket.destroyed) return;
          await new Promise<void>((done) => socket.write(piece, () => done()));
          await new Promise((done) => setTimeout(done, PAUSE_MS));
        }
      })();
    });
    socket.on("data", (data) => received.push(data));
    // Writing into a connection the server has closed: what it answered is still in `received`.
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    socket.on("close", () => {
      const text = Buffer.concat(received).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const status = Number(statusLine.split(" ")[1]);
      if (!status) return reject(new Error(`no HTTP response in ${JSON.stringify(text.slice(0, 200))}`));
      const responseHeaders = new Headers();
      for (const line of lines) {
        const colon = line.indexOf(":");
        responseHeaders.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      let body = rest.join("\r\n\r\n");
      if (responseHeaders.get("transfer-encoding")?.toLowerCase() === "chunked") body = unchunk(body);
      responseHeaders.delete("transfer-encoding");
      resolve(new Response(body, { status, headers: responseHeaders }));
    });
  });
}

/** A chunked body's data. */
function unchunk(text: string): string {
  let out = "";
  let rest = text;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}
