import { STATUS_CODES } from "node:http";
import type { FieldError } from "@todo/contracts";
import { expect } from "vitest";
import type { ApiUser } from "./api-user";

/** The whole problem body the API answers with this status and detail. */
function problemBody(status: number, detail: string | RegExp, errors?: FieldError[]) {
  return {
    type: "about:blank",
    title: STATUS_CODES[status],
    status,
    detail: typeof detail === "string" ? detail : expect.stringMatching(detail),
    ...(errors && { errors }),
    requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  };
}

/** Asserts a raw response is this RFC 9457 problem, with its request id echoed in `X-Request-Id`. */
export async function expectProblem(
  response: Response,
  status: number,
  detail: string | RegExp,
  errors?: FieldError[],
): Promise<void> {
  const body = await response.json();
  expect({ status: response.status, contentType: response.headers.get("content-type"), body }).toEqual({
    status,
    contentType: "application/problem+json",
    body: problemBody(status, detail, errors),
  });
  expect(response.headers.get("x-request-id")).toBe(body.requestId);
}

/** Asserts a client result failed with this problem, and that the answer was `application/problem+json`. */
export function expectProblemResult(
  user: ApiUser,
  result: { ok: boolean; problem?: unknown },
  status: number,
  detail: string | RegExp,
  errors?: FieldError[],
): void {
  expect(result).toEqual({ ok: false, problem: problemBody(status, detail, errors) });
  expect(user.lastResponse().headers.get("content-type")).toBe("application/problem+json");
}
