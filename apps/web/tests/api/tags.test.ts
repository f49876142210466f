import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const WHITESPACE = "A tag must not hold whitespace: send each word as a tag of its own";

describe("tags over HTTP", () => {
  it("stores #hash as hash, keeps tags equal but for case once as first spelled, on every write", async () => {
    const user = await apiUser(baseUrl);
    const created = must(await user.client.createTask(user.userId, { title: "t", tags: ["#hash", "ok", "OK", "#Ok"] }));
    expect(created.tags).toEqual(["hash", "ok"]);
    const replaced = must(
      await user.client.replaceTask(user.userId, created.id, { title: "t", tags: ["Ärger", "ärger"] }),
    );
    expect(replaced.tags).toEqual(["Ärger"]);
    const updated = must(await user.client.updateTask(user.userId, created.id, { tags: ["##Travel", "travel", "c#"] }));
    expect(updated.tags).toEqual(["Travel", "c#"]);
    expect(must(await user.client.getTask(user.userId, created.id))).toEqual(updated);
  });

  it.each([
    ["a tag with a space", ["ok", "a b"], [{ path: "tags.1", message: WHITESPACE }]],
    ["a tag with a tab", ["a\tb"], [{ path: "tags.0", message: WHITESPACE }]],
    ["a tag of only #s", ["work", "##"], [{ path: "tags.1", message: "A tag must not be empty" }]],
  ])("refuses %s with 422 naming it, and stores nothing", async (_name, tags, errors) => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Before", tags: ["kept"] }])) as [Task];
    expectProblemResult(
      user,
      await user.client.createTask(user.userId, { title: "t", tags }),
      422,
      "Some fields are invalid",
      errors,
    );
    expectProblemResult(
      user,
      await user.client.updateTask(user.userId, task.id, { tags }),
      422,
      "Some fields are invalid",
      errors,
    );
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([task]);
  });

  it("filters by tag ignoring case and a leading #", async () => {
    const user = await apiUser(baseUrl);
    const [ok, upper] = await createTasks(user, [
      { title: "lower", tags: ["ok"] },
      { title: "upper", tags: ["Ärger"] },
      { title: "neither", tags: ["okay"] },
    ]);
    for (const tag of ["OK", "ok", "#Ok"])
      expect(must(await user.client.listTasks(user.userId, { tag })).tasks, tag).toEqual([ok]);
    expect(must(await user.client.listTasks(user.userId, { tag: "ärger" })).tasks).toEqual([upper]);
  });

  it("finds tasks by their tags with q, with or without the #, and never another user's", async () => {
    const user = await apiUser(baseUrl);
    const other = await apiUser(baseUrl);
    await createTasks(other, [{ title: "Theirs", tags: ["travel"] }]);
    const [tagged, titled] = await createTasks(user, [
      { title: "Book flights", tags: ["Travel", "summer"] },
      { title: "Read #travel tips" },
      { title: "Unrelated", tags: ["work"] },
    ]);
    expect(must(await user.client.listTasks(user.userId, { q: "travel" })).tasks).toEqual([titled, tagged]);
    expect(must(await user.client.listTasks(user.userId, { q: "#travel" })).tasks).toEqual([titled, tagged]);
    expect(must(await user.client.listTasks(user.userId, { q: "RAV" })).tasks).toEqual([titled, tagged]);
    // Whitespace never matches inside a tag, so two tags never make one match.
    expect(must(await user.client.listTasks(user.userId, { q: "travel summer" })).tasks).toEqual([]);
  });
});
