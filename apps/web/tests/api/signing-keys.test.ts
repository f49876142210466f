import { migrateUpAt } from "@todo/db/migrate";
import { getToken, signUp, signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer, TEST_SECRET } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { symmetricEncrypt } from "better-auth/crypto";
import { exportJWK, generateKeyPair } from "jose";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeHeader } from "../support/tokens";
import { WEB_DIR } from "../support/web-dir";

// Two instances on a database of their own (a new signing key here would change every other suite's tokens).
let database: TestDatabase;
let signer: AppServer;
let verifier: AppServer;

beforeAll(async () => {
  database = await createTestDatabase("todo_signing_keys", { setUp: migrateUpAt });
  // One deployment: both instances answer for the same URL, the tokens' issuer and audience.
  const port = await freePort();
  const env = { DATABASE_URL: database.url, BETTER_AUTH_URL: `http://127.0.0.1:${port}` };
  [signer, verifier] = await Promise.all([startAppServer(WEB_DIR, env, port), startAppServer(WEB_DIR, env)]);
}, 90_000);

afterAll(async () => {
  await Promise.all([signer, verifier].map((server) => server?.stop()));
  await database?.drop();
});

/** Saves a new signing key as Better Auth makes one (on a fresh database, or rotating): the newest signs from now on. */
async function saveNewSigningKey(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const encrypted = await symmetricEncrypt({ key: TEST_SECRET, data: JSON.stringify(await exportJWK(privateKey)) });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `insert into jwks (public_key, private_key, created_at, alg, crv)
       values ($1, $2, now() + interval '1 second', 'EdDSA', 'Ed25519') returning id::text`,
      [JSON.stringify(await exportJWK(publicKey)), JSON.stringify(encrypted)],
    );
    return (rows[0] as { id: string }).id;
  } finally {
    await client.end();
  }
}

const tasksStatus = (server: AppServer, userId: string, token: string) =>
  fetch(`${server.url}/api/${userId}/tasks`, { headers: { Authorization: `Bearer ${token}` } }).then(
    (response) => response.status,
  );

describe("signing keys across instances on one database", () => {
  it("accepts at once a token signed with a key another instance made after this one loaded its keys", async () => {
    const early = await signUpWithToken(signer.url);
    expect(await tasksStatus(verifier, early.userId, early.token)).toBe(200);

    const newKid = await saveNewSigningKey();
    const account = await signUp(signer.url);
    const token = await getToken(signer.url, account.cookie);
    expect(decodeHeader(token).kid).toBe(newKid);

    expect(await tasksStatus(verifier, account.userId, token)).toBe(200);
    expect(await tasksStatus(verifier, early.userId, early.token)).toBe(200);
  });
});
