import { decodeProtectedHeader, errors, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { bearerCredentials } from "./bearer-credentials";
import { createSigningKeys, type SigningKeysOptions } from "./signing-keys";

// Better Auth signs with EdDSA; naming it refuses `alg: none` and HS256-with-the-public-key.
const ALGORITHMS = ["EdDSA"];

/** Why a token was refused, in words safe to send back. */
export class TokenRejectedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "TokenRejectedError";
  }
}

const NOT_OURS = "The token is malformed or not signed by this server";

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not valid here`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature is not valid";
  return NOT_OURS;
}

// A JWS in compact form: three parts in base64url (RFC 7515 § 2, § 7.1), without padding or any other character.
const COMPACT_JWS = /^[\w-]+\.[\w-]+\.([\w-]+)$/;

/**
 * Whether the token is spelt as it was signed. The signature covers the first two parts as written, so another
 * spelling of them fails; the third is decoded by a lenient decoder, which skips padding and reads a last
 * character with its unused bits set as the one without: only the one spelling that encodes its bytes is taken.
 */
function spelledAsSigned(token: string): boolean {
  const signature = COMPACT_JWS.exec(token)?.[1];
  return signature !== undefined && Buffer.from(signature, "base64url").toString("base64url") === signature;
}

/**
 * What a token may do: `session` for one a signed-in browser got (everything), else the scope of the
 * personal access token it was exchanged for (`read` or `read-write`, never managing tokens).
 */
export type TokenScope = "session" | "read" | "read-write";

export interface VerifiedToken {
  /** The user id (`sub`). */
  subject: string;
  scope: TokenScope;
  /** When the token lapses (`exp`, in ms since the epoch); undefined for a token without `exp`. */
  expiresAt?: number;
  /** What the token was issued for: a browser's session (`sid`) or the access token it was exchanged for (`tid`). */
  credentialId?: string;
}

export interface BearerVerifierOptions {
  /** The public signing keys (Better Auth's JWKS), read once and again on an unknown `kid` (see signing-keys.ts). */
  loadKeys: () => Promise<JSONWebKeySet>;
  issuer: string;
  audience: string;
  signingKeys?: SigningKeysOptions;
}

/**
 * Verifies `Authorization: Bearer <jwt>` headers locally against cached keys and returns the
 * token's subject and scope: no database or HTTP round trip per request. Framework-free, so the benchmark's
 * bare node:http floor runs the very same code.
 */
export function createBearerVerifier({ loadKeys, issuer, audience, signingKeys }: BearerVerifierOptions) {
  const keys = createSigningKeys(loadKeys, signingKeys);

  const verify = async (token: string, keySet: JWTVerifyGetKey) =>
    jwtVerify(token, keySet, { algorithms: ALGORITHMS, issuer, audience });

  return async function verifyBearer(authorization: string | null): Promise<VerifiedToken> {
    const arrivedAt = performance.now();
    const token = bearerCredentials(authorization);
    if (!token) {
      throw new TokenRejectedError(authorization ? "Use Authorization: Bearer <token>" : "A bearer token is required");
    }
    if (!spelledAsSigned(token)) throw new TokenRejectedError(NOT_OURS);
    try {
      let result: Awaited<ReturnType<typeof verify>>;
      try {
        result = await verify(token, await keys.cached());
      } catch (error) {
        if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
        const { kid } = decodeProtectedHeader(token);
        const reloaded = await keys.reloadedFor(typeof kid === "string" ? kid : undefined, arrivedAt);
        if (!reloaded) throw error;
        result = await verify(token, reloaded);
      }
      const { sub: subject, scope, exp, sid, tid } = result.payload;
      if (!subject) throw new TokenRejectedError("The token names no subject");
      const expiresAt = exp === undefined ? undefined : exp * 1000;
      const issuedFor = scope === undefined ? sid : tid;
      const credential = typeof issuedFor === "string" ? { credentialId: issuedFor } : {};
      if (scope === undefined) return { subject, scope: "session", expiresAt, ...credential };
      if (scope !== "read" && scope !== "read-write")
        throw new TokenRejectedError('The token\'s "scope" claim is not valid here');
      return { subject, scope, expiresAt, ...credential };
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new TokenRejectedError(reason(error));
      throw error;
    }
  };
}
