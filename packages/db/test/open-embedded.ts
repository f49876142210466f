// Run in a child process by pglite.test.ts: opens the embedded database at argv[2] and prints the outcome as JSON.
import { createDatabase } from "../src/client";

try {
  const handle = createDatabase({ dataDir: process.argv[2] });
  await handle.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  const { name, message } = error as Error;
  console.log(JSON.stringify({ opened: false, name, message }));
}
