import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { startSmtpInbox } from "@todo/test-support/smtp-inbox";
import { createTestDatabase } from "@todo/test-support/test-database";
import { e2eSmtpPort, keepMail, resetKeptMail } from "./mail";
import { WEB_DIR } from "./web-dir";

const port = Number(process.env.E2E_PORT ?? 3100);
const database = await createTestDatabase("todo_e2e", { setUp: migrateUpAt });
// The app's mail goes to an SMTP server beside it, which keeps each message where the specs read it (waitForMail).
resetKeptMail();
const inbox = await startSmtpInbox({ port: e2eSmtpPort(), onMessage: keepMail });
const server = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, SMTP_URL: inbox.url }, port).catch(
  async (error) => {
    await inbox.stop();
    await database.drop();
    throw error;
  },
);
console.log(`e2e app on ${server.url}`);

async function shutdown() {
  await server.stop();
  await inbox.stop();
  await database.drop();
  resetKeptMail();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
