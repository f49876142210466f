import { randomUUID } from "node:crypto";
import { signUpWithToken } from "@todo/test-support/accounts";
import { SignJWT } from "jose";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { serverSigner } from "../support/server-signer";
import { foreignKeyToken } from "../support/tokens";

const baseUrl = inject("appUrl");
let me: Awaited<ReturnType<typeof signUpWithToken>>;
let signer: Awaited<ReturnType<typeof serverSigner>>;

beforeAll(async () => {
  me = await signUpWithToken(baseUrl);
  signer = await serverSigner(inject("databaseUrl"));
});

const now = () => Math.floor(Date.now() / 1000);
const claims = () => ({ sub: me.userId, iss: baseUrl, aud: baseUrl, iat: now(), exp: now() + 300 });

async function statusWith(token: string) {
  const response = await fetch(`${baseUrl}/api/${me.userId}/tasks`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, detail: ((await response.json()) as { detail?: string }).detail };
}

describe("tokens signed with the app's own key", () => {
  it("accepts one whose claims are all right (the signer below is genuine)", async () => {
    expect((await statusWith(await signer.sign(claims()))).status).toBe(200);
  });

  it.each([
    ["not valid yet (nbf in the future)", { nbf: now() + 600 }, 'The token\'s "nbf" claim is not valid here'],
    ["for another audience", { aud: "https://other.example" }, 'The token\'s "aud" claim is not valid here'],
    ["from another issuer", { iss: "https://other.example" }, 'The token\'s "iss" claim is not valid here'],
    ["expired", { exp: now() - 60 }, "The token has expired"],
    ["without a subject", { sub: undefined }, "The token names no subject"],
  ])("refuses one %s with 401", async (_name, change, detail) => {
    expect(await statusWith(await signer.sign({ ...claims(), ...change }))).toEqual({ status: 401, detail });
  });
});

describe("tokens the app never signed", () => {
  it("refuses HS256 signed with the app's public key as the secret", async () => {
    const secret = new TextEncoder().encode(signer.publicJwk.x);
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: "HS256", kid: signer.kid }).sign(secret);
    expect(await statusWith(token)).toEqual({
      status: 401,
      detail: "The token is malformed or not signed by this server",
    });
  });

  it.each([
    ["an unknown kid", randomUUID()],
    ["a kid carrying SQL", "' OR '1'='1"],
    ["a kid carrying a path", "../../../../etc/passwd"],
  ])("refuses %s, and keeps accepting genuine tokens", async (_name, kid) => {
    const forged = await foreignKeyToken(await signer.sign(claims(), { kid }));
    expect((await statusWith(forged)).status).toBe(401);
    expect((await statusWith(me.token)).status).toBe(200);
  });
});
