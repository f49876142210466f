import { readFile } from "node:fs/promises";
import path from "node:path";

export const dynamic = "force-static";

// The installed @scalar/api-reference's browser bundle (its package exports do not expose the file). Served
// from node_modules rather than copied, so `next dev` has it too and it always matches the installed version.
const BUNDLE = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");

export async function GET() {
  return new Response(await readFile(BUNDLE), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
