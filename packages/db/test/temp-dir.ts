import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TempDir {
  path: string;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const dir = await mkdtemp(path.join(tmpdir(), "todo-db-test-"));
  return { path: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
