import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { BARE_NEXT_DIR } from "./web-dir";

/**
 * The bare Next.js app (bench/bare-next), on the app's database and verifying the app's tokens, with the
 * app's V8 flags when `BENCH_APP_NODE_OPTIONS` sets them: the baseline the app is measured beside.
 */
export function startBareNext(databaseUrl: string, appUrl: string): Promise<AppServer> {
  return startAppServer(BARE_NEXT_DIR, {
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    ...(process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {}),
  });
}
