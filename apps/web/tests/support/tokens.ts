import { generateKeyPair, SignJWT } from "jose";

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function decodePart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[index] as string, "base64url").toString("utf8"));
}

export const decodeHeader = (token: string) => decodePart(token, 0);
export const decodePayload = (token: string) => decodePart(token, 1);

/** The same claims under `alg: none`, with no signature. */
export function unsignedToken(token: string): string {
  return `${b64url({ alg: "none", typ: "JWT" })}.${b64url(decodePayload(token))}.`;
}

/** The genuine signature over claims changed to another user. */
export function tamperedToken(token: string, sub: string): string {
  const [header, , signature] = token.split(".");
  return `${header}.${b64url({ ...decodePayload(token), sub })}.${signature}`;
}

/** A well-formed EdDSA token with the server's `kid` and claims, signed by a key the server never made. */
export async function foreignKeyToken(token: string): Promise<string> {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  return new SignJWT(decodePayload(token))
    .setProtectedHeader({ alg: "EdDSA", kid: decodeHeader(token).kid as string })
    .sign(privateKey);
}
