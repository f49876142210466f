import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { startPushService } from "@todo/test-support/push-service";
import { startSmtpInbox } from "@todo/test-support/smtp-inbox";
import { createTestDatabase } from "@todo/test-support/test-database";
import { TEST_VAPID } from "@todo/test-support/vapid-keys";
import { e2eSmtpPort, keepMail, resetKeptMail } from "./mail";
import { startPushControl } from "./push";
import { WEB_DIR } from "./web-dir";

const port = Number(process.env.E2E_PORT ?? 3100);
const database = await createTestDatabase("todo_e2e", { setUp: migrateUpAt });
// The app's mail goes to an SMTP server beside it, which keeps each message where the specs read it (waitForMail).
resetKeptMail();
const inbox = await startSmtpInbox({ port: e2eSmtpPort(), onMessage: keepMail });
// Its push messages go to a push service stand-in (the only push host it allows), which the specs ask what it took.
const push = await startPushService({ applicationServerKey: TEST_VAPID.publicKey });
const pushControl = await startPushControl(push);
const server = await startAppServer(
  WEB_DIR,
  {
    DATABASE_URL: database.url,
    SMTP_URL: inbox.url,
    PUSH_ENDPOINT_HOSTS: "127.0.0.1",
    NODE_EXTRA_CA_CERTS: push.caFile,
  },
  port,
).catch(async (error) => {
  pushControl.close();
  await push.close();
  await inbox.stop();
  await database.drop();
  throw error;
});
console.log(`e2e app on ${server.url}`);

async function shutdown() {
  await server.stop();
  pushControl.close();
  await push.close();
  await inbox.stop();
  await database.drop();
  resetKeptMail();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
