import { generateKeyPairSync } from "node:crypto";

/** A VAPID key pair as VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY hold it: the raw P-256 point and scalar, base64url. */
export function makeVapidKeys(): { publicKey: string; privateKey: string } {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = privateKey.export({ format: "jwk" });
  const x = Buffer.from(jwk.x as string, "base64url");
  const y = Buffer.from(jwk.y as string, "base64url");
  return {
    publicKey: Buffer.concat([Buffer.from([4]), x, y]).toString("base64url"),
    privateKey: jwk.d as string,
  };
}

/**
 * The pair every app a test starts signs with, unless the test gives its own: fixed, so that the global setup's
 * process and the test workers agree on it. For tests only.
 */
export const TEST_VAPID = {
  publicKey: "BJBBhIV9QN5GnIZUlEiuJ9U-LDE6TrNCpcjmVx5k253RCQBzcYtVC9sgTdBhsa6ZpMkHm_4MB11xgdB0q9QsBtw",
  privateKey: "LUQuz3dWVApVuBNW7Wbr-ril9TzjNDG7llwu3yYZMo8",
};
