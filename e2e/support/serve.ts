import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { e2eSmtpPort } from "./mail";
import { WEB_DIR } from "./web-dir";

const port = Number(process.env.E2E_PORT ?? 3100);
const database = await createTestDatabase("todo_e2e", { setUp: migrateUpAt });
// Mail goes to an SMTP server that the specs reading mail start (password-reset.spec.ts); unheard otherwise.
const mail = { SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}` };
const server = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, ...mail }, port).catch(async (error) => {
  await database.drop();
  throw error;
});
console.log(`e2e app on ${server.url}`);

async function shutdown() {
  await server.stop();
  await database.drop();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
