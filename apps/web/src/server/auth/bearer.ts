import "server-only";
import { createBearerVerifier, TokenRejectedError, type VerifiedToken } from "@todo/api/auth";
import { env } from "@/env";
import { UnauthorizedError } from "../http/errors";
import { getAuth } from "./auth";

const verifyBearer = createBearerVerifier({
  loadKeys: () => getAuth().api.getJwks(),
  issuer: env.BETTER_AUTH_URL,
  audience: env.BETTER_AUTH_URL,
});

/** The user id and scope of the request's bearer token; 401 when there is no valid one. */
export async function authenticate(request: Request): Promise<VerifiedToken> {
  try {
    return await verifyBearer(request.headers.get("authorization"));
  } catch (error) {
    if (error instanceof TokenRejectedError) throw new UnauthorizedError(error.message);
    throw error;
  }
}
