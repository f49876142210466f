import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { answerOrNull } from "./load-auth-client";

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("answerOrNull", () => {
  it("passes an answer through, a refusal included", async () => {
    const answer = { data: null, error: { status: 401, message: "Invalid password" } };
    await expect(answerOrNull(Promise.resolve(answer))).resolves.toBe(answer);
  });

  it("gives null for a request the network never answered", async () => {
    const port = await closedPort();
    await expect(answerOrNull(fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`))).resolves.toBeNull();
  });

  it("gives null for a request cut off before its answer", async () => {
    const controller = new AbortController();
    const request = fetch("http://127.0.0.1:9/", { signal: controller.signal });
    controller.abort();
    await expect(answerOrNull(request)).resolves.toBeNull();
  });

  it("gives null for a request that ran out of time before its answer", async () => {
    // A server that takes the connection and never answers.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const request = fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(100) });
      await expect(answerOrNull(request)).resolves.toBeNull();
    } finally {
      silent.close();
    }
  });

  it("throws on a fault of the page rather than passing it off as no answer", async () => {
    const fault = new RangeError("Invalid time value");
    await expect(answerOrNull(Promise.reject(fault))).rejects.toBe(fault);
  });
});
