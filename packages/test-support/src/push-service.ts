import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "selfsigned";

/** A browser's subscription as `PushSubscription.toJSON()` gives it. */
export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** A message the service took: decrypted, its VAPID claims checked. */
export interface ReceivedPush {
  endpoint: string;
  payload: unknown;
  ttl: number;
  urgency: string | null;
  /** The Topic header (RFC 8030 § 5.4), or null. */
  topic: string | null;
  vapid: { aud: string; sub: string; exp: number; publicKey: string };
  at: number;
}

/** A scripted answer: a status (with headers, e.g. Retry-After), or `"hang"`: none at all. */
export type ScriptedAnswer = number | "hang" | { status: number; headers: Record<string, string> };

export interface PushServiceOptions {
  /**
   * The application server key subscriptions are made with (the browser's `applicationServerKey`): a message
   * whose VAPID key is another is refused with 403, as FCM and Mozilla's service do. Unset, any key that verifies.
   */
  applicationServerKey?: string;
}

export interface Refusal {
  endpoint: string;
  status: number;
  reason: string;
  at: number;
}

export interface PushService {
  origin: string;
  /** The certificate to trust (NODE_EXTRA_CA_CERTS): the service's own, self-signed for 127.0.0.1. */
  caFile: string;
  /** A new subscription, with keys made here as a browser makes them (P-256 key pair, 16-byte auth secret). */
  subscribe(): TestSubscription;
  /** Answers the next requests for `endpoint` with these statuses (then 201 again); `"hang"` answers nothing. */
  answerNext(endpoint: string, ...answers: ScriptedAnswer[]): void;
  /** Answers the next request for `endpoint` as it would, but only after `ms`: a slow push service. */
  delayNext(endpoint: string, ms: number): void;
  /**
   * Runs `hook` once, after the next message for `endpoint` is taken (received) and before it is answered 201:
   * e.g. to cut the database between a push service's acceptance and the sender's record of it.
   */
  beforeAnswering(endpoint: string, hook: () => Promise<void>): void;
  /** Every request for `endpoint` from now on gets 410 Gone. */
  expire(endpoint: string): void;
  received(endpoint?: string): ReceivedPush[];
  /** Requests answered with a failure status, why (a protocol error is a test failure), and when. */
  refused(): Refusal[];
  /** How many requests came for `endpoint`, answered anything. */
  attempts(endpoint: string): number;
  waitFor(endpoint: string, count: number, timeoutMs: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

const b64url = (buffer: Buffer) => buffer.toString("base64url");

/** The VAPID header (RFC 8292 § 3): `vapid t=<jwt>, k=<key>`; verified with k, claims returned. */
function checkVapid(header: string | undefined, origin: string, applicationServerKey: string | undefined) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`Authorization is not "vapid t=…, k=…": ${header}`);
  const [, jwt = "", k = ""] = match;
  if (applicationServerKey !== undefined && k !== applicationServerKey)
    throw new VapidKeyMismatch(`k is ${k}, not the key the subscription was made with`);
  const raw = Buffer.from(k, "base64url");
  if (raw.length !== 65 || raw[0] !== 4) throw new Error("k is not an uncompressed P-256 point");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33)) },
    format: "jwk",
  });
  const [head = "", body = "", signature = ""] = jwt.split(".");
  const header0 = JSON.parse(Buffer.from(head, "base64url").toString()) as { alg?: string };
  if (header0.alg !== "ES256") throw new Error(`JWT alg is ${header0.alg}, not ES256`);
  const signed = verify(
    "sha256",
    Buffer.from(`${head}.${body}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!signed) throw new Error("JWT signature does not verify with k");
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as { aud?: string; sub?: string; exp?: number };
  const now = Date.now() / 1000;
  if (claims.aud !== origin) throw new Error(`JWT aud is ${claims.aud}, not ${origin}`);
  if (typeof claims.exp !== "number" || claims.exp < now || claims.exp > now + 24 * 3600)
    throw new Error("JWT exp is not within the next 24 hours");
  if (!/^(mailto:|https:)/.test(claims.sub ?? "")) throw new Error(`JWT sub is ${claims.sub}`);
  return { aud: claims.aud, sub: claims.sub as string, exp: claims.exp, publicKey: k };
}

/** A message signed with another key than its subscription's: 403, as a real push service answers. */
class VapidKeyMismatch extends Error {}

/** Decrypts an aes128gcm body (RFC 8188) with the subscription's keys (RFC 8291 § 3.4). */
function decrypt(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] as number;
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error(`keyid is ${idLength} bytes, not a 65-byte P-256 key`);
  if (record.length > recordSize) throw new Error("more than one record");
  const secret = ecdh.computeSecret(senderKey);
  const info = Buffer.concat([Buffer.from("WebPush: info\0"), ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync("sha256", secret, auth, info, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("the last record does not end with the 0x02 delimiter");
  return padded.subarray(0, end);
}

/**
 * A Web Push service stand-in (RFC 8030) on 127.0.0.1 over HTTPS: takes `POST /push/<id>` as Chrome's or
 * Firefox's service would, checks the VAPID JWT (RFC 8292), and its key against the subscription's when given one,
 * and decrypts the payload (RFC 8291) with the keys of the subscription it made, answering 201; or what a test told it
 * to answer.
 */
export async function startPushService(options: PushServiceOptions = {}): Promise<PushService> {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] },
    ],
  });
  const caFile = path.join(mkdtempSync(path.join(tmpdir(), "push-service-")), "ca.pem");
  writeFileSync(caFile, pems.cert);

  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const scripted = new Map<string, ScriptedAnswer[]>();
  const delays = new Map<string, number[]>();
  const hooks = new Map<string, () => Promise<void>>();
  const expired = new Set<string>();
  const counts = new Map<string, number>();
  const received: ReceivedPush[] = [];
  const refused: Refusal[] = [];
  let origin = "";

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const endpoint = `${origin}${request.url}`;
      counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
      const delay = delays.get(endpoint)?.shift();
      if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
      const refuse = (status: number, reason: string, headers: Record<string, string> = {}) => {
        refused.push({ endpoint, status, reason, at: Date.now() });
        response.writeHead(status, headers).end(reason);
      };
      const subscription = keys.get(endpoint);
      if (request.method !== "POST" || !subscription) return refuse(404, "no such subscription");
      if (expired.has(endpoint)) return refuse(410, "expired");
      const next = scripted.get(endpoint)?.shift();
      if (next === "hang") return;
      if (typeof next === "number") return refuse(next, "scripted");
      if (next !== undefined) return refuse(next.status, "scripted", next.headers);
      try {
        if (request.headers["content-encoding"] !== "aes128gcm") throw new Error("Content-Encoding is not aes128gcm");
        const ttl = Number(request.headers.ttl);
        if (!Number.isInteger(ttl) || ttl < 0) throw new Error("no TTL header");
        const vapid = checkVapid(request.headers.authorization, origin, options.applicationServerKey);
        const payload = JSON.parse(decrypt(Buffer.concat(chunks), subscription.ecdh, subscription.auth).toString());
        const urgency = (request.headers.urgency as string | undefined) ?? null;
        const topic = (request.headers.topic as string | undefined) ?? null;
        received.push({ endpoint, payload, ttl, urgency, topic, vapid, at: Date.now() });
      } catch (error) {
        return refuse(error instanceof VapidKeyMismatch ? 403 : 400, (error as Error).message);
      }
      const location = `${endpoint}/messages/${received.length}`;
      const hook = hooks.get(endpoint);
      hooks.delete(endpoint);
      void (hook ?? (async () => {}))().finally(() => response.writeHead(201, { Location: location }).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `https://127.0.0.1:${(server.address() as { port: number }).port}`;

  return {
    origin,
    caFile,
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${b64url(randomBytes(12))}`;
      keys.set(endpoint, { ecdh, auth });
      return { endpoint, keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) } };
    },
    answerNext(endpoint, ...answers) {
      scripted.set(endpoint, [...(scripted.get(endpoint) ?? []), ...answers]);
    },
    beforeAnswering(endpoint, hook) {
      hooks.set(endpoint, hook);
    },
    delayNext(endpoint, ms) {
      delays.set(endpoint, [...(delays.get(endpoint) ?? []), ms]);
    },
    expire(endpoint) {
      expired.add(endpoint);
    },
    received: (endpoint) => received.filter((r) => endpoint === undefined || r.endpoint === endpoint),
    refused: () => [...refused],
    attempts: (endpoint) => counts.get(endpoint) ?? 0,
    async waitFor(endpoint, count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const got = received.filter((r) => r.endpoint === endpoint);
        if (got.length >= count) return got;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(
        `${endpoint} got ${received.filter((r) => r.endpoint === endpoint).length} of ${count} pushes in ${timeoutMs} ms`,
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
