import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWK, SignJWT } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { createBearerVerifier } from "./bearer-verifier";

const ISSUER = "https://todo.example";
const GAP_MS = 200;

interface SigningKey {
  kid: string;
  publicJwk: JWK;
  sign(header?: { kid?: string }): Promise<string>;
}

async function signingKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const kid = randomUUID();
  return {
    kid,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "EdDSA" },
    sign: (header = {}) =>
      new SignJWT({ sub: "user-1" })
        .setProtectedHeader({ alg: "EdDSA", kid, ...header })
        .setIssuer(ISSUER)
        .setAudience(ISSUER)
        .setExpirationTime("5m")
        .sign(privateKey),
  };
}

/**
 * The key table another instance writes to: `loadKeys` reads what it holds when the load begins and answers after
 * `latencyMs`, as a query does; every load's start is recorded.
 */
function keyStore(latencyMs = 20) {
  const saved: JWK[] = [];
  const loadsStartedAt: number[] = [];
  let failNext = false;
  return {
    save: (key: SigningKey) => saved.push(key.publicJwk),
    loadsStartedAt,
    failNextLoad: () => {
      failNext = true;
    },
    loadKeys: async (): Promise<JSONWebKeySet> => {
      loadsStartedAt.push(performance.now());
      const snapshot = { keys: [...saved] };
      await sleep(latencyMs);
      if (failNext) {
        failNext = false;
        throw new Error("the database refused the connection");
      }
      return snapshot;
    },
  };
}

let store: ReturnType<typeof keyStore>;
let first: SigningKey;
let verify: ReturnType<typeof createBearerVerifier>;

beforeEach(async () => {
  store = keyStore();
  first = await signingKey();
  store.save(first);
  verify = createBearerVerifier({
    loadKeys: store.loadKeys,
    issuer: ISSUER,
    audience: ISSUER,
    signingKeys: { minReloadGapMs: GAP_MS },
  });
});

const bearer = (token: string) => `Bearer ${token}`;
const NOT_OURS = "The token is malformed or not signed by this server";

describe("createBearerVerifier's signing keys", () => {
  it("loads the keys once for callers that arrive together before any load", async () => {
    const token = await first.sign();
    const results = await Promise.all(Array.from({ length: 20 }, () => verify(bearer(token))));
    expect(results.every((result) => result.subject === "user-1")).toBe(true);
    expect(store.loadsStartedAt).toHaveLength(1);
  });

  it("accepts a key another instance saved just after this one loaded, with one shared load for every caller", async () => {
    await verify(bearer(await first.sign()));
    const second = await signingKey();
    store.save(second);
    const token = await second.sign();
    const results = await Promise.all(Array.from({ length: 20 }, () => verify(bearer(token))));
    expect(results.every((result) => result.subject === "user-1")).toBe(true);
    expect(store.loadsStartedAt).toHaveLength(2);
  });

  it("does not trust a load that began before the token arrived: the key may have been saved after its read", async () => {
    const slowStore = keyStore(150);
    slowStore.save(first);
    const slowVerify = createBearerVerifier({
      loadKeys: slowStore.loadKeys,
      issuer: ISSUER,
      audience: ISSUER,
      signingKeys: { minReloadGapMs: 0 },
    });
    const firstVerification = slowVerify(bearer(await first.sign()));
    await sleep(20); // the first load is reading now
    const second = await signingKey();
    slowStore.save(second);
    const results = await Promise.all([firstVerification, slowVerify(bearer(await second.sign()))]);
    expect(results.map((result) => result.subject)).toEqual(["user-1", "user-1"]);
    expect(slowStore.loadsStartedAt).toHaveLength(2);
  });

  it("refuses forged kids with one shared load however many arrive, and a kid known absent without loading", async () => {
    await verify(bearer(await first.sign()));
    const forger = await signingKey();
    const forged = await Promise.all(Array.from({ length: 30 }, () => forger.sign({ kid: randomUUID() })));
    const refusals = await Promise.allSettled(forged.map((token) => verify(bearer(token))));
    expect(
      refusals.map((refusal) => (refusal.status === "rejected" ? String(refusal.reason.message) : "accepted")),
    ).toEqual(forged.map(() => NOT_OURS));
    expect(store.loadsStartedAt).toHaveLength(2);

    await expect(verify(bearer(forged[0] as string))).rejects.toThrow(NOT_OURS);
    expect(store.loadsStartedAt).toHaveLength(2);
    expect((await verify(bearer(await first.sign()))).subject).toBe("user-1");
  });

  it("remembers the last 1,024 absent kids, and not one past 256 characters: the others are looked up again", async () => {
    await verify(bearer(await first.sign()));
    const forger = await signingKey();
    const kids = Array.from({ length: 1_025 }, () => randomUUID());
    const long = "k".repeat(257);
    const forged = await Promise.all([...kids, long].map((kid) => forger.sign({ kid })));
    await Promise.allSettled(forged.map((token) => verify(bearer(token))));
    expect(store.loadsStartedAt).toHaveLength(2);

    const loadsFor = async (token: string) => {
      const before = store.loadsStartedAt.length;
      await expect(verify(bearer(token))).rejects.toThrow(NOT_OURS);
      return store.loadsStartedAt.length - before;
    };
    expect(await loadsFor(forged[1_024] as string)).toBe(0);
    expect(await loadsFor(forged[0] as string)).toBe(1);
    expect(await loadsFor(forged[1_025] as string)).toBe(1);
  });

  it("starts loads for unknown kids no closer together than the gap", async () => {
    await verify(bearer(await first.sign()));
    const forger = await signingKey();
    for (let round = 0; round < 4; round++) {
      await expect(verify(bearer(await forger.sign({ kid: randomUUID() })))).rejects.toThrow(NOT_OURS);
    }
    expect(store.loadsStartedAt).toHaveLength(5);
    const gaps = store.loadsStartedAt.slice(1).map((at, i) => at - (store.loadsStartedAt[i] as number));
    // The store notes each load a moment after the verifier starts it: allow a millisecond either way.
    expect(gaps.every((gap) => gap >= GAP_MS - 1)).toBe(true);
  });

  it("does not load again for a token without a kid, or for a known kid in another algorithm", async () => {
    await verify(bearer(await first.sign()));
    const forger = await signingKey();
    const withoutKid = await new SignJWT({ sub: "user-1" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .sign((await generateKeyPair("EdDSA", { crv: "Ed25519" })).privateKey);
    const hs256 = await new SignJWT({ sub: "user-1" })
      .setProtectedHeader({ alg: "HS256", kid: first.kid })
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .sign(new TextEncoder().encode(first.publicJwk.x));
    // Without a kid, jose tries the one key there is.
    await expect(verify(bearer(withoutKid))).rejects.toThrow("The token's signature is not valid");
    await expect(verify(bearer(hs256))).rejects.toThrow(NOT_OURS);
    await expect(verify(bearer(await forger.sign({ kid: first.kid })))).rejects.toThrow(
      "The token's signature is not valid",
    );
    expect(store.loadsStartedAt).toHaveLength(1);
  });

  it("passes a failed load to its callers and loads again for the next", async () => {
    store.failNextLoad();
    const token = await first.sign();
    await expect(verify(bearer(token))).rejects.toThrow("the database refused the connection");
    expect((await verify(bearer(token))).subject).toBe("user-1");
    expect(store.loadsStartedAt).toHaveLength(2);
  });
});

describe("createBearerVerifier's reading of the token", () => {
  // Base64url (RFC 7515 § 2): no padding, no other alphabet, and the last character's unused bits zero. A decoder
  // that skips what it does not expect would read each spelling below as the signed token.
  const respellings: [string, (signature: string) => string][] = [
    ["padding after the signature", (signature) => `${signature}==`],
    ["one padding character", (signature) => `${signature}=`],
    ["standard base64's +", (signature) => `${signature.slice(0, 4)}+${signature.slice(4)}`],
    ["a character outside the alphabet", (signature) => `${signature.slice(0, 4)}.${signature.slice(4)}`],
    ["a percent-escape inside", (signature) => `${signature.slice(0, 4)}%41${signature.slice(4)}`],
    [
      "the last character's unused bits set",
      (signature) => signature.slice(0, -1) + nextWithSameBytes(signature.at(-1) ?? ""),
    ],
  ];
  it.each(respellings)("refuses a token with %s", async (_, respell) => {
    const token = await first.sign();
    const [header, payload, signature] = token.split(".");
    await expect(verify(bearer(token))).resolves.toMatchObject({ subject: "user-1" });
    await expect(verify(bearer(`${header}.${payload}.${respell(signature ?? "")}`))).rejects.toThrow(NOT_OURS);
  });
});

/** The base64url character after `last` that decodes to the same bytes as the last of an Ed25519 signature's 86. */
function nextWithSameBytes(last: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  // 64 bytes are 85⅓ characters: the 86th carries 2 bits and 4 unused ones, so it moves in steps of 16.
  return alphabet[alphabet.indexOf(last) + 1] ?? "";
}
