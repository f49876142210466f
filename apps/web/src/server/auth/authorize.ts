import "server-only";
import { ForbiddenError } from "../http/errors";
import { consumeApiRequest } from "../rate-limit/api-request-limit";
import { authenticate } from "./bearer";

/** 401 without a valid token, 429 past the user's request limit, 403 when the URL names another user. */
export async function authorize(request: Request, urlUserId: string): Promise<string> {
  const userId = await authenticate(request);
  consumeApiRequest(userId);
  if (userId !== urlUserId) throw new ForbiddenError();
  return userId;
}
