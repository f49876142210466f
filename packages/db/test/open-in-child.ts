import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const script = fileURLToPath(new URL("./open-embedded.ts", import.meta.url));

export type OpenOutcome = { opened: true } | { opened: false; name: string; message: string };

/** Opens the embedded database from another process, as a second dev server or the migrate CLI would. */
export async function openInChild(dataDir: string): Promise<OpenOutcome> {
  const { stdout } = await promisify(execFile)(tsx, [script, dataDir], { timeout: 30_000 });
  return JSON.parse(stdout) as OpenOutcome;
}
