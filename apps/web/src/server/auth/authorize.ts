import "server-only";
import { ForbiddenError } from "../http/errors";
import { authenticate } from "./bearer";

/** 401 without a valid token, 403 when the URL names another user than the token. */
export async function authorize(request: Request, urlUserId: string): Promise<string> {
  const userId = await authenticate(request);
  if (userId !== urlUserId) throw new ForbiddenError();
  return userId;
}
