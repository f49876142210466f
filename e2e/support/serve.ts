import { startAppServer } from "../../apps/web/tests/support/app-server";
import { createTestDatabase } from "../../apps/web/tests/support/test-database";

const port = Number(process.env.E2E_PORT ?? 3100);
const database = await createTestDatabase("todo_e2e");
const server = await startAppServer({ DATABASE_URL: database.url }, port).catch(async (error) => {
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
