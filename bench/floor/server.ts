// The floor: the benchmarked requests on bare node:http, run as its own process (`tsx floor/server.ts` in the bench package).
import { createServer } from "node:http";
import { type BearerVerifierOptions, createBearerVerifier } from "@todo/api/auth";
import { createDatabase } from "@todo/db";
import { floorHandler } from "./handlers";

const { DATABASE_URL, APP_URL, PORT } = process.env;
if (!DATABASE_URL || !APP_URL || !PORT) throw new Error("The floor needs DATABASE_URL, APP_URL and PORT");

// The app's public keys, read once over HTTP: the app itself caches them in memory the same way.
type KeySet = Awaited<ReturnType<BearerVerifierOptions["loadKeys"]>>;
const jwks = (await (await fetch(`${APP_URL}/api/auth/jwks`)).json()) as KeySet;
const verify = createBearerVerifier({ loadKeys: async () => jwks, issuer: APP_URL, audience: APP_URL });
const database = createDatabase({ url: DATABASE_URL });
const server = createServer(floorHandler(database.db, verify));

server.listen(Number(PORT), "127.0.0.1", () => console.log(`floor listening on ${PORT}`));
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  database.close().finally(() => process.exit(0));
});
