import { type BearerVerifierOptions, createBearerVerifier } from "@todo/api/auth";
import { createDatabase } from "@todo/db";

const { DATABASE_URL, APP_URL } = process.env;

type KeySet = Awaited<ReturnType<BearerVerifierOptions["loadKeys"]>>;

function createContext() {
  if (!DATABASE_URL || !APP_URL) throw new Error("The bare Next.js handler needs DATABASE_URL and APP_URL");
  // The app's public keys over HTTP, read once (as the floor does): the app caches them in memory too.
  let jwks: Promise<KeySet> | undefined;
  const loadKeys = () => {
    jwks ??= fetch(`${APP_URL}/api/auth/jwks`).then((response) => response.json() as Promise<KeySet>);
    return jwks;
  };
  return {
    db: createDatabase({ url: DATABASE_URL }).db,
    verify: createBearerVerifier({ loadKeys, issuer: APP_URL, audience: APP_URL }),
  };
}

let context: ReturnType<typeof createContext> | undefined;

/** The pool and the JWT verifier, made on the first request and kept for the process's life. */
export function benchContext() {
  context ??= createContext();
  return context;
}
