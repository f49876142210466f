import { readFile, writeFile } from "node:fs/promises";
import { finishDocument } from "./finish-document";

/** Finishes a document next-openapi-gen wrote, in place, keeping its formatting (2 spaces, final newline). */
export async function finishFile(file: string): Promise<void> {
  const doc = finishDocument(JSON.parse(await readFile(file, "utf8")));
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
}
