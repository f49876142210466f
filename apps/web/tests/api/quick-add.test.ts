import { QUICK_ADD_TEXT_MAX } from "@todo/contracts";
import { addDays, todayIn } from "@todo/dates";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { expectProblem, expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");

async function userIn(timeZone: string): Promise<ApiUser> {
  const user = await apiUser(baseUrl);
  must(await user.client.updateSettings(user.userId, { timeZone }));
  return user;
}

const quick = (user: ApiUser, text: string, listId?: number) =>
  user.client.quickAddTask(user.userId, { text, ...(listId !== undefined && { listId }) });

/** The weekday (0 Sunday … 6 Saturday) of a `YYYY-MM-DD` date. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe("POST /api/{userId}/tasks/quick", () => {
  it("creates the task the line describes: title, repeat, time, tag, priority (201, Location, ETag)", async () => {
    const user = await userIn("Europe/Berlin");
    const task = must(await quick(user, "Gym every mon wed fri 7am #health !high"));
    const response = user.lastResponse();
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/api/${user.userId}/tasks/${task.id}`);
    expect(response.headers.get("etag")).toMatch(/^"\d+"$/);
    expect(task).toMatchObject({
      title: "Gym",
      tags: ["health"],
      priority: "high",
      dueTime: "07:00",
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO,WE,FR", from: "due" },
    });
    // The first Monday, Wednesday or Friday from the user's today (today itself while 7:00 is ahead).
    const today = todayIn("Europe/Berlin");
    const due = task.dueDate ?? "";
    expect(due >= today && due <= addDays(today, 3), `${due} from ${today}`).toBe(true);
    expect([1, 3, 5]).toContain(weekday(due));
    expect(must(await user.client.getTask(user.userId, task.id))).toEqual(task);
  });

  it("reads dates in the user's time zone: the same line on the same instant gives each zone its own today", async () => {
    // UTC+14 and UTC-11: 25 hours apart, so their dates always differ.
    const east = await userIn("Pacific/Kiritimati");
    const west = await userIn("Pacific/Pago_Pago");
    const [a, b] = [must(await quick(east, "Call the bank today")), must(await quick(west, "Call the bank today"))];
    const [eastToday, westToday] = [todayIn("Pacific/Kiritimati"), todayIn("Pacific/Pago_Pago")];
    expect(eastToday).not.toBe(westToday);
    expect([a.dueDate, b.dueDate]).toEqual([eastToday, westToday]);
    expect(must(await quick(east, "Pay rent tomorrow")).dueDate).toBe(addDays(eastToday, 1));
  });

  it("puts the task in the list `^List` names (ignoring case), else the body's listId, else the Inbox", async () => {
    const user = await userIn("UTC");
    const home = must(await user.client.createList(user.userId, { name: "Home chores" }));
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const [inbox] = must(await user.client.listLists(user.userId));

    expect(must(await quick(user, "Fix the sink ^home chores", work.id))).toMatchObject({
      title: "Fix the sink",
      listId: home.id,
    });
    expect(must(await quick(user, "Write the report", work.id))).toMatchObject({ listId: work.id });
    // An unknown list stays in the title, as the add box shows it.
    expect(must(await quick(user, "Plan ^Holidays"))).toMatchObject({ title: "Plan ^Holidays", listId: inbox?.id });
  });

  it("keeps text in double quotes as it is, and numbers that are not dates in the title", async () => {
    const user = await userIn("UTC");
    expect(must(await quick(user, 'Read "Tomorrow and Tomorrow" tomorrow'))).toMatchObject({
      title: 'Read "Tomorrow and Tomorrow"',
      dueDate: addDays(todayIn("UTC"), 1),
    });
    expect(must(await quick(user, "Buy 2 eggs"))).toMatchObject({ title: "Buy 2 eggs", dueDate: null });
    expect(must(await quick(user, "Read 1984"))).toMatchObject({ title: "Read 1984", dueDate: null });
  });

  it("reads 'after completion' as a repeat from the completion date", async () => {
    const user = await userIn("UTC");
    expect(must(await quick(user, "Water the plants every 3 days after completion"))).toMatchObject({
      title: "Water the plants",
      recurrence: { rule: "FREQ=DAILY;INTERVAL=3", from: "completion" },
      dueDate: todayIn("UTC"),
    });
  });

  it.each([
    ["empty text", { text: "   " }, [{ path: "text", message: "Text must not be empty" }]],
    [
      "text past its limit",
      { text: "a".repeat(QUICK_ADD_TEXT_MAX + 1) },
      [{ path: "text", message: `Text must be at most ${QUICK_ADD_TEXT_MAX} characters` }],
    ],
    ["NUL", { text: "Buy\u0000milk" }, [{ path: "text", message: expect.stringMatching(/^Text /) }]],
    ["a lone surrogate", { text: "Buy \ud800 milk" }, [{ path: "text", message: expect.stringMatching(/^Text /) }]],
    [
      "a title left past 200 characters",
      { text: `${"word ".repeat(50)}tomorrow` },
      [{ path: "text", message: expect.stringMatching(/^Title must be at most 200 characters \(the task's title/) }],
    ],
    ["an unknown field", { text: "Buy milk", title: "x" }, [{ path: "title", message: "Unknown field" }]],
  ])("refuses %s with 422 and creates nothing", async (_name, body, errors) => {
    const user = await userIn("UTC");
    const response = await user.raw("/quick", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    await expectProblem(response, 422, "Some fields are invalid", errors);
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([]);
  });

  it("answers 404 for a listId that is not the user's, 403 on another user's path, 405 for GET", async () => {
    const [user, other] = [await userIn("UTC"), await userIn("UTC")];
    const theirs = must(await other.client.createList(other.userId, { name: "Private" }));
    expectProblemResult(user, await quick(user, "Peek", theirs.id), 404, /list/i);
    const foreign = await fetch(`${baseUrl}/api/${other.userId}/tasks/quick`, {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "Peek" }),
    });
    expect(foreign.status).toBe(403);
    const get = await user.raw("/quick");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toContain("POST");
    for (const owner of [user, other]) expect(must(await owner.client.listTasks(owner.userId)).tasks).toEqual([]);
  });
});
