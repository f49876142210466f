import { request as httpRequest } from "node:http";
import { type Task, taskEtag } from "@todo/contracts";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";

const baseUrl = inject("appUrl");

/** A GET of the task with `If-None-Match` as given (one header line). */
function getIfNoneMatch(user: Awaited<ReturnType<typeof apiUser>>, id: number, condition: string, method = "GET") {
  return user.raw(`/${id}`, { method, headers: { "If-None-Match": condition } });
}

async function userWithTask() {
  const user = await apiUser(baseUrl);
  const [task] = (await createTasks(user, [{ title: "Cached" }])) as [Task];
  return { user, task, etag: taskEtag(task) };
}

async function expectNotModified(response: Response, etag: string) {
  expect(response.status).toBe(304);
  expect(response.headers.get("etag")).toBe(etag);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.text()).toBe("");
}

describe("If-None-Match on GET (RFC 9110 § 13.1.2): 304 while the task is as the client has it", () => {
  it.each([
    ["its ETag", (etag: string) => etag],
    ["its ETag marked weak (weak comparison)", (etag: string) => `W/${etag}`],
    ["a list naming it among others", (etag: string) => `"1", W/"x,y", ${etag}, "2"`],
    ["*", () => "*"],
  ])("answers 304 with the ETag and no content for %s", async (_name, condition) => {
    const { user, task, etag } = await userWithTask();
    await expectNotModified(await getIfNoneMatch(user, task.id, condition(etag)), etag);
    await expectNotModified(await getIfNoneMatch(user, task.id, condition(etag), "HEAD"), etag);
  });

  it("answers 200 with the task once it changed since that ETag", async () => {
    const { user, task, etag } = await userWithTask();
    const changed = must(await user.client.updateTask(user.userId, task.id, { title: "Changed" }));
    const response = await getIfNoneMatch(user, task.id, etag);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(taskEtag(changed));
    expect(await response.json()).toEqual(changed);
  });

  it("reads the condition from several header lines as one list", async () => {
    const { user, task, etag } = await userWithTask();
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(`${baseUrl}/api/${user.userId}/tasks/${task.id}`);
      const sent = httpRequest(url, {
        headers: { Authorization: `Bearer ${user.token}`, "If-None-Match": ['"1"', etag] },
      });
      sent.on("response", (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      sent.on("error", reject);
      sent.end();
    });
    expect(status).toBe(304);
  });

  it("never answers 304 for what the caller may not read: another user's task, a missing one", async () => {
    const { user, task } = await userWithTask();
    const other = await apiUser(baseUrl);
    const foreign = await fetch(`${baseUrl}/api/${user.userId}/tasks/${task.id}`, {
      headers: { Authorization: `Bearer ${other.token}`, "If-None-Match": "*" },
    });
    expect(foreign.status).toBe(403);
    expect((await getIfNoneMatch(user, task.id + 1000, "*")).status).toBe(404);
  });

  it("answers the same for the settings and their ETag", async () => {
    const user = await apiUser(baseUrl);
    const first = await fetch(`${baseUrl}/api/${user.userId}/settings`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    const etag = first.headers.get("etag") ?? "";
    const again = await fetch(`${baseUrl}/api/${user.userId}/settings`, {
      headers: { Authorization: `Bearer ${user.token}`, "If-None-Match": `W/${etag}` },
    });
    await expectNotModified(again, etag);
  });

  it("answers 304 exactly when a random list of entity tags names the current one", async () => {
    const { user, task, etag } = await userWithTask();
    const otherTag = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[!#-~]{0,12}$/))
      .filter(([, opaque]) => `"${opaque}"` !== etag)
      .map(([weak, opaque]) => `${weak ? "W/" : ""}"${opaque}"`);
    await fc.assert(
      fc.asyncProperty(fc.array(otherTag, { maxLength: 4 }), fc.option(fc.boolean()), async (others, current) => {
        const tags = current === null ? others : [...others, `${current ? "W/" : ""}${etag}`];
        const response = await getIfNoneMatch(user, task.id, tags.join(" ,  ") || '""');
        await response.arrayBuffer();
        expect(response.status).toBe(current === null ? 200 : 304);
      }),
      { numRuns: 40 },
    );
  });
});
