import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** A worker thread running a TypeScript module through tsx, as the tests run the app's sources (the build bundles them). */
export function typeScriptWorker(url: URL): Worker {
  const file = JSON.stringify(fileURLToPath(url));
  return new Worker(`require("tsx/cjs/api").require(${file}, ${file})`, { eval: true });
}
