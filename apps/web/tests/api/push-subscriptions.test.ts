import { TEST_VAPID } from "@todo/test-support/vapid-keys";
import { describe, expect, inject, it } from "vitest";
import { apiUser, must } from "../support/api-user";
import { pushDevice as device, subscribe } from "../support/reminder-rig";

const baseUrl = inject("appUrl");

async function listed(user: Awaited<ReturnType<typeof apiUser>>) {
  const response = await fetch(`${baseUrl}/api/${user.userId}/push-subscriptions`, {
    headers: { Authorization: `Bearer ${user.token}` },
  });
  return (await response.json()) as { endpoint: string }[];
}

function remove(user: Awaited<ReturnType<typeof apiUser>>, endpoint: string) {
  return fetch(`${baseUrl}/api/${user.userId}/push-subscriptions`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ endpoint }),
  });
}

describe("push subscriptions", () => {
  it("answers the VAPID public key without a token", async () => {
    const response = await fetch(`${baseUrl}/api/push/public-key`);
    expect([response.status, await response.json()]).toEqual([200, { publicKey: TEST_VAPID.publicKey }]);
  });

  it("adds a subscription on a known push service, lists it without its keys, and removes it", async () => {
    const user = await apiUser(baseUrl);
    const sub = device("wns2-by3p.notify.windows.com");
    const added = await subscribe(baseUrl, user, sub);
    expect(added.status).toBe(201);
    expect(await added.json()).toEqual({ endpoint: sub.endpoint, createdAt: expect.any(String) });
    expect(await listed(user)).toEqual([{ endpoint: sub.endpoint, createdAt: expect.any(String) }]);
    expect((await remove(user, sub.endpoint)).status).toBe(204);
    expect(await listed(user)).toEqual([]);
  });

  it("refuses keys no message could be encrypted to (422 naming each), and stores nothing", async () => {
    const user = await apiUser(baseUrl);
    const good = device().keys;
    const point = Buffer.from(good.p256dh, "base64url");
    const offCurve = Buffer.from(point);
    offCurve[64] = (offCurve[64] as number) ^ 1;
    const p256dh = "p256dh must be an uncompressed P-256 public key (65 bytes)";
    const auth = "auth must be a 16-byte secret";
    const cases: [Partial<typeof good>, { path: string; message: string }[]][] = [
      [
        { p256dh: "AA", auth: "AA" },
        [
          { path: "keys.p256dh", message: p256dh },
          { path: "keys.auth", message: auth },
        ],
      ],
      [{ p256dh: Buffer.alloc(65, 4).toString("base64url") }, [{ path: "keys.p256dh", message: p256dh }]],
      [{ p256dh: offCurve.toString("base64url") }, [{ path: "keys.p256dh", message: p256dh }]],
      // The same point compressed (33 bytes): a browser never sends it, and the encryption needs it whole.
      [
        {
          p256dh: Buffer.concat([Buffer.from([2 + ((point[64] as number) & 1)]), point.subarray(1, 33)]).toString(
            "base64url",
          ),
        },
        [{ path: "keys.p256dh", message: p256dh }],
      ],
      [{ auth: Buffer.alloc(15).toString("base64url") }, [{ path: "keys.auth", message: auth }]],
      [{ auth: Buffer.alloc(17).toString("base64url") }, [{ path: "keys.auth", message: auth }]],
    ];
    for (const [keys, errors] of cases) {
      const response = await subscribe(baseUrl, user, { ...device(), keys: { ...good, ...keys } });
      expect([response.status, (await response.json()).errors], JSON.stringify(keys)).toEqual([422, errors]);
    }
    expect(await listed(user)).toEqual([]);
    // Padded base64url is base64url too.
    expect(
      (await subscribe(baseUrl, user, { ...device(), keys: { p256dh: `${good.p256dh}=`, auth: `${good.auth}==` } }))
        .status,
    ).toBe(201);
  });

  it("takes an endpoint however it is spelled as one endpoint, which moves to whoever subscribes on it last", async () => {
    const first = await apiUser(baseUrl);
    const second = await apiUser(baseUrl);
    const sub = device();
    // RFC 3986: scheme and host are case-insensitive, and 443 is https's own port.
    const shouted = sub.endpoint.replace("https://fcm.googleapis.com/", "HTTPS://FCM.GoogleAPIs.com:443/");
    const added = await subscribe(baseUrl, first, { ...sub, endpoint: shouted });
    expect([added.status, ((await added.json()) as { endpoint: string }).endpoint]).toEqual([201, sub.endpoint]);
    // The device signs in as the second user: the subscription becomes theirs, however this client spells it.
    expect((await subscribe(baseUrl, second, sub)).status).toBe(201);
    expect(await listed(first)).toEqual([]);
    expect(await listed(second)).toEqual([{ endpoint: sub.endpoint, createdAt: expect.any(String) }]);
    expect((await remove(second, shouted)).status).toBe(204);
    expect(await listed(second)).toEqual([]);
  });

  it.each([
    ["a host not on the list", "https://evil.example/push/1"],
    ["plain http", "http://fcm.googleapis.com/fcm/send/1"],
    ["an internal address", "https://127.0.0.1:8443/push/1"],
    ["a look-alike host", "https://fcm.googleapis.com.evil.example/x"],
    ["the bare wildcard domain", "https://notify.windows.com/x"],
  ])("refuses %s with 422 at endpoint and stores nothing", async (_name, endpoint) => {
    const user = await apiUser(baseUrl);
    const response = await subscribe(baseUrl, user, { ...device(), endpoint });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(["endpoint"]);
    expect(await listed(user)).toEqual([]);
  });

  it("never reaches another user's subscription: 404 to remove it or send it a test", async () => {
    const owner = await apiUser(baseUrl);
    const other = await apiUser(baseUrl);
    const sub = device();
    expect((await subscribe(baseUrl, owner, sub)).status).toBe(201);
    const removed = await remove(other, sub.endpoint);
    expect([removed.status, removed.headers.get("content-type")]).toEqual([404, "application/problem+json"]);
    const tested = await fetch(`${baseUrl}/api/${other.userId}/push-subscriptions/test`, {
      method: "POST",
      headers: { Authorization: `Bearer ${other.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ endpoint: sub.endpoint }),
    });
    expect(tested.status).toBe(404);
    expect(await listed(owner)).toEqual([{ endpoint: sub.endpoint, createdAt: expect.any(String) }]);
    // The owner's URL with the other user's token: 403, as every user route.
    const forbidden = await fetch(`${baseUrl}/api/${owner.userId}/push-subscriptions`, {
      headers: { Authorization: `Bearer ${other.token}` },
    });
    expect(forbidden.status).toBe(403);
  });
});

describe("reminders on tasks", () => {
  it("keeps reminders sorted and answers them on the task; [] removes them; dueDate null clears them", async () => {
    const user = await apiUser(baseUrl);
    const task = must(
      await user.client.createTask(user.userId, {
        title: "Dentist",
        dueDate: "2099-05-01",
        reminders: [{ minutesBefore: 1440 }, { minutesBefore: 0 }, { minutesBefore: 60 }],
      }),
    );
    expect(task.reminders).toEqual([{ minutesBefore: 0 }, { minutesBefore: 60 }, { minutesBefore: 1440 }]);
    const cleared = must(await user.client.updateTask(user.userId, task.id, { dueDate: null }));
    expect([cleared.dueDate, cleared.reminders]).toEqual([null, []]);
  });

  it.each([
    [{ title: "x", reminders: [{ minutesBefore: 10 }] }, "reminders"],
    [{ title: "x", dueDate: "2099-01-01", reminders: [{ minutesBefore: 40_321 }] }, "reminders.0.minutesBefore"],
    [{ title: "x", dueDate: "2099-01-01", reminders: [{ minutesBefore: -1 }] }, "reminders.0.minutesBefore"],
    [{ title: "x", dueDate: "2099-01-01", reminders: [{ minutesBefore: 1.5 }] }, "reminders.0.minutesBefore"],
    [
      { title: "x", dueDate: "2099-01-01", reminders: [0, 1, 2, 3, 4, 5].map((m) => ({ minutesBefore: m })) },
      "reminders",
    ],
    [{ title: "x", dueDate: "2099-01-01", reminders: [{ minutesBefore: 5 }, { minutesBefore: 5 }] }, "reminders"],
    [{ title: "x", dueDate: "2099-01-01", reminders: [{ minutesBefore: 5, at: "now" }] }, "reminders.0.at"],
  ])("refuses %o with 422 at %s and creates nothing", async (body, path) => {
    const user = await apiUser(baseUrl);
    const response = await user.raw("", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toContain(path);
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([]);
  });

  it("refuses reminders on a task without a due date (422) and another user's task (404)", async () => {
    const user = await apiUser(baseUrl);
    const other = await apiUser(baseUrl);
    const undated = must(await user.client.createTask(user.userId, { title: "Someday" }));
    const refused = await user.client.updateTask(user.userId, undated.id, { reminders: [{ minutesBefore: 0 }] });
    expect(refused.ok ? null : [refused.problem.status, refused.problem.errors?.map((e) => e.path)]).toEqual([
      422,
      ["reminders"],
    ]);
    const theirs = await other.client.updateTask(other.userId, undated.id, { reminders: [] });
    expect(theirs.ok ? null : theirs.problem.status).toBe(404);
  });

  it("answers 404 for the cron route when CRON_SECRET is unset", async () => {
    const response = await fetch(`${baseUrl}/api/cron/reminders`, {
      headers: { Authorization: "Bearer anything-at-all-here" },
    });
    expect(response.status).toBe(404);
  });
});
