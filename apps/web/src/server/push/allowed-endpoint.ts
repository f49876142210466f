import "server-only";
import { HttpError } from "../http/errors";
import { isAllowedEndpoint } from "./endpoint-policy";

/** 422 at `endpoint` unless the server may send there (see isAllowedEndpoint). */
export function requireAllowedEndpoint(endpoint: string): void {
  if (!isAllowedEndpoint(endpoint)) {
    throw new HttpError(422, "Some fields are invalid", {
      errors: [{ path: "endpoint", message: "endpoint must be an https:// URL of a known push service" }],
    });
  }
}
