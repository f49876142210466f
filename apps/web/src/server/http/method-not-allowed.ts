import { apiRoute } from "./api-route";
import { HttpError } from "./errors";
import { allowHeader, METHODS, type Method } from "./methods";

/**
 * The handlers a route file adds for the methods it does not implement: 405 problem+json with
 * `Allow`. (Its `OPTIONS` is the CORS code's: `preflight` in cors.ts.)
 */
export function methodNotAllowed(implemented: Method[]) {
  const allow = allowHeader(implemented);
  const refuse = apiRoute(async () => {
    throw new HttpError(405, `This resource allows ${allow}`, { headers: { Allow: allow } });
  });
  const missing = METHODS.filter((method) => !implemented.includes(method));
  return Object.fromEntries(missing.map((method) => [method, refuse])) as Record<Method, typeof refuse>;
}
