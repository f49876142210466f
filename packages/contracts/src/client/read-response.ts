import type { z } from "zod";
import { ProblemSchema } from "../problem";
import { type ApiResult, problemFromStatus } from "./result";

/**
 * A response as a result: a success body parsed with its schema (a body that breaks the contract
 * throws, since no caller can handle it), an error body as its problem or one made from the status.
 */
export async function readResponse<T>(response: Response, schema: z.ZodType<T> | null): Promise<ApiResult<T>> {
  const etag = response.headers.get("etag") ?? undefined;
  if (response.ok) {
    const data = schema ? schema.parse(await response.json()) : (undefined as T);
    return etag === undefined ? { ok: true, data } : { ok: true, data, etag };
  }
  const text = await response.text().catch(() => "");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const problem = ProblemSchema.safeParse(body);
  return {
    ok: false,
    problem: problem.success ? problem.data : problemFromStatus(response.status, response.statusText),
  };
}
