import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { TokenRefusedError } from "@/lib/session-token";
import { openLiveConnection } from "./live-connection";
import { reconnectNow } from "./live-status";

// The stream's token, without the session behind it: refused while `tokenRefusals` holds a refusal, else given.
const tokenRefusals = vi.hoisted((): Error[] => []);
vi.mock("@/lib/session-token", async (importActual) => ({
  ...(await importActual<typeof import("@/lib/session-token")>()),
  getSessionToken: async () => {
    const refusal = tokenRefusals.shift();
    if (refusal) throw refusal;
    return "jwt";
  },
  forgetSessionToken: () => {},
}));

const USER = "u1";
// The stream opens once the browser is idle (whenIdle): after its timer here, where there is no requestIdleCallback.
const IDLE_START_MS = 200;

/** What the server answers each try at the stream, in turn; `at` is when each try left (by the fake clock). */
function fakeServer(...answers: (() => Response)[]) {
  const at: number[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    expect(String(input)).toMatch(`/api/${USER}/events?since=`);
    at.push(Date.now());
    const answer = answers.shift();
    if (!answer) throw new TypeError("Failed to fetch");
    return answer();
  });
  return {
    at,
    /** The waits between the tries, in ms. */
    gaps: () => at.slice(1).map((time, i) => time - (at[i] ?? 0)),
  };
}

const refused = (status: number, retryAfter?: string) => () =>
  new Response(null, { status, headers: retryAfter === undefined ? {} : { "Retry-After": retryAfter } });
const unavailable = (retryAfter?: string) => refused(503, retryAfter);
/** A stream that opens, says where the log stands, and ends (a server restarting): the next try after its `retry:`. */
const openedAndEnded = () =>
  new Response("retry: 500\n\nid: 4\n\n", { headers: { "Content-Type": "text/event-stream" } });

let close = () => {};

/** Opens the connection and runs the fake clock until the server has been tried `tries` times. */
async function connect(server: ReturnType<typeof fakeServer>, tries: number) {
  close = openLiveConnection(
    makeQueryClient(() => {}),
    USER,
  );
  for (let ms = 0; server.at.length < tries && ms < 3_600_000; ms += 100) await vi.advanceTimersByTimeAsync(100);
  expect(server.at).toHaveLength(tries);
  return server.gaps();
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse("2026-12-01T10:00:00Z") });
  // The backoff at its shortest, half of 2 s doubling to 30 s: 1, 2, 4, 8 and 15 s after failures 1 to 5.
  vi.spyOn(Math, "random").mockReturnValue(0);
  vi.stubGlobal("navigator", { onLine: true });
  vi.stubGlobal("window", { addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal("document", { visibilityState: "visible", addEventListener() {}, removeEventListener() {} });
});

afterEach(() => {
  close();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("openLiveConnection as the page loads", () => {
  it("opens the stream once the browser is idle, not in the task whose effects asked for it", async () => {
    const server = fakeServer(openedAndEnded);
    close = openLiveConnection(
      makeQueryClient(() => {}),
      USER,
    );
    await vi.advanceTimersByTimeAsync(IDLE_START_MS - 1);
    expect(server.at).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.at).toEqual([Date.parse("2026-12-01T10:00:00Z") + IDLE_START_MS]);
  });

  it("closed before the browser was idle, opens nothing", async () => {
    const server = fakeServer(openedAndEnded);
    openLiveConnection(
      makeQueryClient(() => {}),
      USER,
    )();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.at).toHaveLength(0);
  });
});

describe("openLiveConnection after a refusal", () => {
  it("backs off longer each time the server is away without saying when to come back", async () => {
    const server = fakeServer(unavailable(), unavailable(), unavailable(), unavailable(), unavailable());
    expect(await connect(server, 6)).toEqual([1_000, 2_000, 4_000, 8_000, 15_000]);
  });

  it("tries again after a 503's Retry-After: 2 s, not the backoff's grown wait", async () => {
    const server = fakeServer(unavailable(), unavailable(), unavailable(), unavailable(), unavailable("2"));
    expect(await connect(server, 6)).toEqual([1_000, 2_000, 4_000, 8_000, 2_000]);
  });

  it("reads a Retry-After given as an HTTP-date", async () => {
    const inThreeSeconds = () => new Date(Date.now() + 3_000).toUTCString();
    const server = fakeServer(unavailable(), unavailable(), unavailable(), unavailable(), () =>
      unavailable(inThreeSeconds())(),
    );
    expect(await connect(server, 6)).toEqual([1_000, 2_000, 4_000, 8_000, 3_000]);
  });

  it("falls back to the backoff when Retry-After cannot be read", async () => {
    const server = fakeServer(unavailable(), unavailable(), unavailable(), unavailable(), unavailable("soon"));
    expect(await connect(server, 6)).toEqual([1_000, 2_000, 4_000, 8_000, 15_000]);
  });

  it("waits at least a second, whatever Retry-After says, and at most the backoff's 30 s on a 503", async () => {
    const server = fakeServer(unavailable("0"), unavailable("3600"));
    expect(await connect(server, 3)).toEqual([1_000, 30_000]);
  });

  it("honours a 429's Retry-After past the backoff's cap, up to 10 minutes", async () => {
    const server = fakeServer(refused(429, "300"), refused(429, "86400"));
    expect(await connect(server, 3)).toEqual([300_000, 600_000]);
  });

  it("waits what the token's refusal asks when the session's endpoint refuses the stream its token", async () => {
    // Four tries without a token: three refusals that say when (5 s, 2 s, a minute for a 429), and one without.
    tokenRefusals.push(
      new TokenRefusedError(503, 5),
      new TokenRefusedError(503, 2),
      new TokenRefusedError(429, 60),
      new TokenRefusedError(503, undefined),
    );
    const server = fakeServer(unavailable());
    // The backoff's 8 s after the fourth failure, then the stream's own refusal.
    await connect(server, 1);
    expect(server.at[0]).toBe(Date.parse("2026-12-01T10:00:00Z") + IDLE_START_MS + 5_000 + 2_000 + 60_000 + 8_000);
  });

  it("starts the backoff again after a stream that opened", async () => {
    const server = fakeServer(unavailable(), unavailable(), unavailable(), openedAndEnded, unavailable());
    // 1, 2, 4 s of backoff, the stream's own `retry:` of 0.5 s, then 1 s again.
    expect(await connect(server, 6)).toEqual([1_000, 2_000, 4_000, 500, 1_000]);
  });
});

describe("openLiveConnection's close", () => {
  it("acts once: closing an old connection again leaves a newer one's Try again working", async () => {
    const server = fakeServer(unavailable("60"), unavailable("60"), unavailable("60"));
    await connect(server, 1);
    const closeOld = close;
    closeOld();
    await connect(server, 2);
    closeOld();
    reconnectNow();
    await vi.advanceTimersByTimeAsync(100);
    expect(server.at).toHaveLength(3);
  });
});
