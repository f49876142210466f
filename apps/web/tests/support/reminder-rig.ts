import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { type PushService, startPushService, type TestSubscription } from "@todo/test-support/push-service";
import { startTcpProxy, type TcpProxy } from "@todo/test-support/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { TEST_VAPID } from "@todo/test-support/vapid-keys";
import { type ApiUser, apiUser, must } from "./api-user";
import { WEB_DIR } from "./web-dir";

export const CRON_SECRET = "cron-secret-for-the-tests-0123456789";
export const METRICS_TOKEN = "metrics-token-for-the-tests-0123456789";

/**
 * A database behind a proxy a test can cut, a push service stand-in the apps trust (its subscriptions made with the
 * apps' VAPID key), and `instances` apps on them, dispatching every second unless `env` says otherwise.
 */
export interface ReminderRig {
  database: TestDatabase;
  proxy: TcpProxy;
  push: PushService;
  apps: AppServer[];
  close(): Promise<void>;
}

export async function startReminderRig(instances: number, env: Record<string, string> = {}): Promise<ReminderRig> {
  const database = await createTestDatabase("todo_reminders", { setUp: migrateUpAt });
  const direct = new URL(database.url);
  const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(database.url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const push = await startPushService({ applicationServerKey: TEST_VAPID.publicKey });
  const apps = await Promise.all(
    Array.from({ length: instances }, () =>
      startAppServer(WEB_DIR, {
        DATABASE_URL: viaProxy.href,
        API_RATE_LIMIT_PER_MINUTE: "100000",
        PUSH_ENDPOINT_HOSTS: "127.0.0.1",
        NODE_EXTRA_CA_CERTS: push.caFile,
        REMINDER_DISPATCH_SECONDS: "1",
        CRON_SECRET,
        METRICS_TOKEN,
        ...env,
      }),
    ),
  );
  return {
    database,
    proxy,
    push,
    apps,
    close: async () => {
      await Promise.all(apps.map((app) => app.stop()));
      await push.close();
      await proxy.close();
      await database.drop();
    },
  };
}

/** A user with one device subscribed through the API. */
export async function subscribedUser(
  baseUrl: string,
  push: PushService,
): Promise<{ user: ApiUser; device: TestSubscription }> {
  const user = await apiUser(baseUrl);
  const device = push.subscribe();
  const response = await subscribe(baseUrl, user, device);
  if (response.status !== 201) throw new Error(`subscribing answered ${response.status}: ${await response.text()}`);
  return { user, device };
}

/** A browser's subscription on a push service the server allows by default (Chrome's), with valid keys. */
export const pushDevice = (host = "fcm.googleapis.com") => ({
  endpoint: `https://${host}/fcm/send/${crypto.randomUUID()}`,
  expirationTime: null,
  keys: {
    p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
});

export function subscribe(baseUrl: string, user: ApiUser, body: unknown) {
  return fetch(`${baseUrl}/api/${user.userId}/push-subscriptions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** A due date and time (UTC, the new user's zone) on the first whole minute at least `leadMs` from now, and its instant. */
export function nextMinute(leadMs = 12_000): { dueDate: string; dueTime: string; at: number } {
  const at = Math.ceil((Date.now() + leadMs) / 60_000) * 60_000;
  const iso = new Date(at).toISOString();
  return { dueDate: iso.slice(0, 10), dueTime: iso.slice(11, 16), at };
}

/** A task of `user` due at `due`, reminded at its due time. */
export async function taskRemindedAt(user: ApiUser, title: string, due: { dueDate: string; dueTime: string }) {
  return must(
    await user.client.createTask(user.userId, {
      title,
      dueDate: due.dueDate,
      dueTime: due.dueTime,
      reminders: [{ minutesBefore: 0 }],
    }),
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
