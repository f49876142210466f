import { STATUS_CODES } from "node:http";
import type { FieldError, Problem } from "@todo/contracts";

export interface ProblemInit {
  detail?: string | undefined;
  errors?: FieldError[] | undefined;
  requestId?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** An RFC 9457 `application/problem+json` response. */
export function problemResponse(status: number, init: ProblemInit = {}): Response {
  const body: Problem = {
    type: "about:blank",
    title: STATUS_CODES[status] ?? "Error",
    status,
    ...(init.detail !== undefined && { detail: init.detail }),
    ...(init.errors && { errors: init.errors }),
    ...(init.requestId && { requestId: init.requestId }),
  };
  return Response.json(body, {
    status,
    headers: { "Content-Type": "application/problem+json", ...init.headers },
  });
}
