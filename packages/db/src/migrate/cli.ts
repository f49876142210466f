import { createDatabase } from "../client";
import { defaultDataDir } from "../data-dir";
import { migrateDown, migrateUp } from "./index";

const direction = process.argv[2];
if (direction !== "up" && direction !== "down") {
  console.error("usage: migrate up|down");
  process.exit(2);
}

const url = process.env.DATABASE_URL || undefined;
const handle = createDatabase({ url, dataDir: defaultDataDir() });
const where = url ? new URL(url).host + new URL(url).pathname : "the embedded database";
try {
  if (direction === "up") {
    await migrateUp(handle);
    console.log(`Migrations applied to ${where}.`);
  } else {
    const tag = await migrateDown(handle);
    console.log(tag ? `Rolled back ${tag} on ${where}.` : `Nothing to roll back on ${where}.`);
  }
} catch (error) {
  console.error(`Migration failed on ${where}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
