import { toAccountExport } from "@todo/api/account-export";
import { readAccount } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

/**
 * Export everything
 * @description Every list, task (subtasks included), completion and the settings of the user, as one JSON document (`format: "todo-export"`, `version: 1`), read in one snapshot. Served as a download (`Content-Disposition: attachment`). A `read` access token may export.
 * @operationId exportAccount
 * @tag Settings
 * @pathParams UserPathParamsSchema
 * @response AccountExportSchema:The user's data
 * @responseHeader 200 Content-Disposition string `attachment; filename="todo-export-YYYY-MM-DD.json"`
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner }) => {
  const document = toAccountExport(await readAccount(getDb(), owner));
  const day = document.exportedAt.slice(0, 10);
  return Response.json(document, {
    headers: {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="todo-export-${day}.json"`,
    },
  });
});

export const OPTIONS = preflight(["GET"]);
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
