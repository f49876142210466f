import type { Page, Request } from "@playwright/test";

export interface ScriptBytes {
  url: string;
  /** Body bytes as they came over the network, compressed if the server compressed them. */
  transferred: number;
  /** Body bytes once decoded: what the browser parses. */
  decoded: number;
  encoding: string;
}

/**
 * Records every script `page` loads from now on. `done()` waits for the records of the requests
 * already finished and returns them; a failed script request fails it, since its size is unknown.
 */
export function recordScripts(page: Page) {
  const pending: Promise<ScriptBytes>[] = [];
  const failed: string[] = [];
  const onFinished = (request: Request) => {
    if (request.resourceType() !== "script") return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) throw new Error(`${request.url()} finished without a response`);
        const [sizes, body, encoding] = await Promise.all([
          request.sizes(),
          response.body(),
          response.headerValue("content-encoding"),
        ]);
        return {
          url: request.url(),
          transferred: sizes.responseBodySize,
          decoded: body.length,
          encoding: encoding ?? "none",
        };
      })(),
    );
  };
  const onFailed = (request: Request) => {
    if (request.resourceType() === "script") failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  };
  page.on("requestfinished", onFinished);
  page.on("requestfailed", onFailed);
  return {
    async done(): Promise<ScriptBytes[]> {
      page.off("requestfinished", onFinished);
      page.off("requestfailed", onFailed);
      if (failed.length > 0) throw new Error(`scripts failed to load: ${failed.join("; ")}`);
      return Promise.all(pending);
    },
  };
}
