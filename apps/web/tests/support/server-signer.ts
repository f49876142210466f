import { TEST_SECRET } from "@todo/test-support/app-server";
import { symmetricDecrypt } from "better-auth/crypto";
import { importJWK, type JWTPayload, SignJWT } from "jose";
import pg from "pg";

/**
 * Signs tokens with the app's own private key (read from its database and decrypted with the test
 * secret), so that a test can present validly signed tokens whose claims are wrong.
 */
export async function serverSigner(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string; private_key: string; public_key: string }>(
    "SELECT id, private_key, public_key FROM jwks ORDER BY created_at DESC LIMIT 1",
  );
  await client.end();
  const row = rows[0];
  if (!row) throw new Error("The app has not made a signing key yet: get one token first");
  const jwk = await symmetricDecrypt({ key: TEST_SECRET, data: JSON.parse(row.private_key) });
  const privateKey = await importJWK(JSON.parse(jwk), "EdDSA");
  return {
    kid: row.id,
    publicJwk: JSON.parse(row.public_key) as { x: string },
    sign: (claims: JWTPayload, header: { kid?: string } = {}) =>
      new SignJWT(claims).setProtectedHeader({ alg: "EdDSA", kid: row.id, ...header }).sign(privateKey),
  };
}
