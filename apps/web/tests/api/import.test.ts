import { type AccountExport, AccountExportSchema, IMPORT_BODY_LIMIT_BYTES, ImportSummarySchema } from "@todo/contracts";
import { anyText, storable } from "@todo/test-support/any-text";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { sendChunked } from "../support/chunked-request";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");

const importInto = (
  user: ApiUser,
  body: string | Uint8Array,
  type: string,
  { token = user.token, userId = user.userId } = {},
) =>
  fetch(`${baseUrl}/api/${userId}/import`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": type },
    // A copy of the bytes on an ArrayBuffer of its own: what fetch's BodyInit takes, which a Buffer's may not be.
    body: typeof body === "string" ? body : new Uint8Array(body),
  });

const exportOf = async (user: ApiUser) => AccountExportSchema.parse(must(await user.client.exportAccount(user.userId)));

/**
 * An export with its ids left out: each list (in order) with its top-level tasks in their manual order, each
 * with its subtasks in theirs and its completions; what an import must keep.
 */
function content(document: AccountExport) {
  const byPosition = <T extends { position: string; id: number }>(a: T, b: T) =>
    a.position < b.position ? -1 : a.position > b.position ? 1 : a.id - b.id;
  const fields = (task: AccountExport["tasks"][number]) => {
    const { id: _i, listId: _l, parentId: _p, position: _pos, updatedAt: _u, ...rest } = task;
    const completions = document.completions
      .filter((c) => c.taskId === task.id)
      .map(({ id: _c, taskId: _t, ...c }) => c);
    return { ...rest, completions };
  };
  return document.lists.map((list) => ({
    name: list.name,
    color: list.color,
    isInbox: list.isInbox,
    tasks: document.tasks
      .filter((t) => t.listId === list.id && t.parentId === null)
      .sort(byPosition)
      .map((parent) => ({
        ...fields(parent),
        subtasks: document.tasks
          .filter((t) => t.parentId === parent.id)
          .sort(byPosition)
          .map(fields),
      })),
  }));
}

const counts = async (user: ApiUser) => {
  const document = await exportOf(user);
  return { lists: document.lists.length, tasks: document.tasks.length, completions: document.completions.length };
};

async function readToken(user: ApiUser): Promise<string> {
  const created = must(
    await user.client.createAccessToken(user.userId, { name: "reader", scope: "read", expiresInDays: 1 }),
  );
  const exchanged = await fetch(`${baseUrl}/api/auth/token/exchange`, {
    method: "POST",
    headers: { Authorization: `Bearer ${created.token}` },
  });
  return ((await exchanged.json()) as { token: string }).token;
}

// Text the API keeps as sent: valid Unicode without NUL, not blank; trimmed, since names and titles are.
const keptText = (maxLength: number) =>
  anyText({ minLength: 1, maxLength })
    .map((text) => text.trim())
    .filter((text) => text !== "" && storable(text));
const day = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const taskInput = fc.record({
  title: keptText(40),
  description: fc.option(anyText({ maxLength: 60 }).filter(storable), { nil: undefined }),
  priority: fc.constantFrom("none", "low", "medium", "high"),
  tags: fc.uniqueArray(fc.stringMatching(/^[a-zé0-9][a-zé0-9_-]{0,8}$/), { maxLength: 3, selector: (t) => t }),
  due: fc.option(
    fc.record({
      dueDate: day,
      dueTime: fc.option(fc.constantFrom("00:00", "07:30", "23:59"), { nil: null }),
      recurrence: fc.option(
        fc.record({
          rule: fc.constantFrom("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,FR", "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=YEARLY"),
          from: fc.constantFrom("due" as const, "completion" as const),
        }),
        { nil: null },
      ),
      reminders: fc.constantFrom<Array<{ minutesBefore: number }>>(
        [],
        [{ minutesBefore: 0 }],
        [{ minutesBefore: 30 }, { minutesBefore: 1440 }],
      ),
    }),
    { nil: null },
  ),
  // How many times it is completed: a recurring task's each is recorded; a plain one's is a state (once).
  completions: fc.nat({ max: 3 }),
  subtasks: fc.array(fc.record({ title: keptText(20), completed: fc.boolean() }), { maxLength: 2 }),
});
const account = fc.record({
  timeZone: fc.constantFrom("Europe/Paris", "Asia/Tokyo", "America/New_York"),
  lists: fc.uniqueArray(
    fc.record({ name: keptText(30), color: fc.option(fc.constantFrom("#22aa66", "#FF0000"), { nil: null }) }),
    { maxLength: 3, selector: (l) => l.name.toLowerCase() },
  ),
  tasks: fc.array(fc.record({ list: fc.nat(), task: taskInput }), { minLength: 1, maxLength: 5 }),
});

describe("POST /api/{userId}/import", () => {
  it("an export imported into a fresh account exports the same again, ids and settings aside (property)", async () => {
    await fc.assert(
      fc.asyncProperty(account, async ({ timeZone, lists, tasks }) => {
        const source = await apiUser(baseUrl);
        must(await source.client.updateSettings(source.userId, { timeZone }));
        const listIds: Array<number | undefined> = [undefined];
        for (const list of lists) {
          // A name the API refuses (another list's, ignoring case as PostgreSQL does) is not this property's concern.
          const made = await source.client.createList(source.userId, list);
          if (made.ok) listIds.push(made.data.id);
        }
        for (const { list, task } of tasks) {
          const { due, subtasks, completions, ...fields } = task;
          const parent = must(
            await source.client.createTask(source.userId, {
              ...fields,
              ...due,
              listId: listIds[list % listIds.length],
            }),
          );
          for (const subtask of subtasks) {
            must(await source.client.createTask(source.userId, { ...subtask, parentId: parent.id }));
          }
          const times = due?.recurrence ? completions : Math.min(completions, 1);
          for (let i = 0; i < times; i++) must(await source.client.completeTask(source.userId, parent.id));
        }
        const exported = await exportOf(source);

        const target = await apiUser(baseUrl);
        const response = await importInto(target, JSON.stringify(exported), "application/json");
        expect(response.status).toBe(200);
        const summary = ImportSummarySchema.parse(await response.json());
        const subtaskCount = exported.tasks.filter((t) => t.parentId !== null).length;
        expect(summary).toEqual({
          dryRun: false,
          lists: exported.lists.length - 1,
          tasks: exported.tasks.length - subtaskCount,
          subtasks: subtaskCount,
          completions: exported.completions.length,
          titles: expect.any(Array),
          warnings: [],
        });
        const imported = await exportOf(target);
        expect(content(imported)).toEqual(content(exported));
        // The one part that does not travel, by design (decision 026): an import adds and never overwrites, so
        // the target keeps its own settings, a new account's here, whatever the source's time zone.
        expect(exported.settings).toEqual({ timeZone });
        expect(imported.settings).toEqual({ timeZone: "UTC" });
        // Fresh ids: none of the source's.
        const sourceIds = new Set(exported.tasks.map((t) => t.id));
        expect(imported.tasks.filter((t) => sourceIds.has(t.id))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("reads a Todoist CSV export: every column, indents, priorities, notes, sections, labels and dates", async () => {
    const user = await apiUser(baseUrl);
    const csv = [
      "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
      "task,Plan the trip @travel,Where and when,4,1,Ada (1),,every day,en,Europe/Oslo",
      "task,Book flights,,3,2,Ada (1),Bob (2),Dec 3,en,Europe/Oslo",
      "note,Window seat,,,,Ada (1),,,,",
      'note,"Aisle, if not",,,,Ada (1),,,,',
      "task,Pack bags,,2,3,Ada (1),,,,",
      ",,,,,,,,,",
      "section,Home errands,,,,,,,,",
      "task,Water plants @home,,1,1,Ada (1),,tomorrow 5pm,en,Europe/Oslo",
      'task,"Call mum, then dad",,1,1,Ada (1),,demain,fr,Europe/Paris',
    ].join("\r\n");

    const logAt = must(await user.client.listChanges(user.userId, { since: "now" })).next;
    const preview = await user.client.importAccount(user.userId, { csv }, { dryRun: true });
    expect(must(preview)).toMatchObject({ dryRun: true, lists: 1, tasks: 3, subtasks: 2 });
    expect((await exportOf(user)).tasks).toEqual([]);

    const summary = must(await user.client.importAccount(user.userId, { csv }));
    expect(summary).toEqual({
      dryRun: false,
      lists: 1,
      tasks: 3,
      subtasks: 2,
      completions: 0,
      titles: ["Plan the trip", "Water plants", "Call mum, then dad"],
      warnings: [
        "Row 6: INDENT 3 was made a subtask of the task above at indent 1",
        'Row 10: the date "demain" was not understood; it is kept in the description',
      ],
    });
    expect(user.lastResponse().status).toBe(200);
    // Through the change log, as every write: what a live stream sends (the dry run wrote none of it).
    const logged = must(await user.client.listChanges(user.userId, { since: logAt })).changes;
    // (Besides the list's and parents' derived updates: their counts changed.)
    const created = logged.filter((c) => c.type.endsWith(".created")).map((c) => c.type);
    expect(created.sort()).toEqual(["list.created", ...Array(5).fill("task.created")]);

    const document = await exportOf(user);
    const todoist = document.lists.find((l) => l.name === "Todoist");
    expect(todoist).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const byTitle = new Map(document.tasks.map((t) => [t.title, t]));
    const trip = byTitle.get("Plan the trip");
    expect(trip).toMatchObject({
      listId: todoist?.id,
      parentId: null,
      description: "Where and when",
      priority: "high",
      tags: ["travel"],
      dueDate: today,
      dueTime: null,
      recurrence: { rule: "FREQ=DAILY", from: "due" },
    });
    expect(byTitle.get("Book flights")).toMatchObject({
      parentId: trip?.id,
      priority: "medium",
      description: "Window seat\n\nAisle, if not",
      dueDate: expect.stringMatching(/^\d{4}-12-03$/),
      recurrence: null,
    });
    expect(byTitle.get("Pack bags")).toMatchObject({ parentId: trip?.id, priority: "low" });
    expect(byTitle.get("Water plants")).toMatchObject({
      parentId: null,
      priority: "none",
      tags: ["home", "Home-errands"],
      dueDate: tomorrow,
      dueTime: "17:00",
    });
    expect(byTitle.get("Call mum, then dad")).toMatchObject({
      tags: ["Home-errands"],
      description: "Todoist date: demain",
      dueDate: null,
    });
    // The file's order is the manual order, subtasks under their parent in theirs.
    const inOrder = (parentId: number | null) =>
      document.tasks
        .filter((t) => t.listId === todoist?.id && t.parentId === parentId)
        .sort((a, b) => (a.position < b.position ? -1 : 1))
        .map((t) => t.title);
    expect(inOrder(null)).toEqual(["Plan the trip", "Water plants", "Call mum, then dad"]);
    expect(inOrder(trip?.id ?? 0)).toEqual(["Book flights", "Pack bags"]);
  });

  it("all or nothing: one bad row is 422 naming it, and nothing is added", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.createTask(user.userId, { title: "Mine" }));
    const before = await counts(user);
    const csv = [
      "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
      "task,Fine,,1,1,,,,,",
      "task,Also fine,,4,1,,,,,",
      "task,Not fine,,7,1,,,,,",
      "task,Fine again,,1,1,,,,,",
    ].join("\n");
    await expectProblem(await importInto(user, csv, "text/csv"), 422, "The import cannot be read: nothing was added", [
      { path: "rows.4.PRIORITY", message: "Row 4: PRIORITY must be 1, 2, 3 or 4" },
    ]);
    expect(await counts(user)).toEqual(before);

    const document = await exportOf(user);
    const bad = {
      ...document,
      tasks: [
        ...document.tasks,
        { ...(document.tasks[0] as AccountExport["tasks"][number]), id: 999_999, title: "  " },
      ],
    };
    await expectProblem(
      await importInto(user, JSON.stringify(bad), "application/json"),
      422,
      "The import cannot be read: nothing was added",
      [{ path: "tasks.1.title", message: "Title must not be empty" }],
    );
    await expectProblem(
      await importInto(user, JSON.stringify({ ...document, version: 2 }), "application/json"),
      422,
      "The import cannot be read: nothing was added",
      [{ path: "version", message: "This server reads version 1 of the export format" }],
    );
    await expectProblem(
      await importInto(user, "TITLE,WHEN\nx,y\n", "text/csv"),
      422,
      "The import cannot be read: nothing was added",
      [
        { path: "", message: "Not a Todoist CSV export: it has no TYPE column" },
        { path: "", message: "Not a Todoist CSV export: it has no CONTENT column" },
      ],
    );
    expect(await counts(user)).toEqual(before);
  });

  it("a date or time in year 0000, which PostgreSQL cannot hold, is 422 naming it, and nothing is added", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.createTask(user.userId, { title: "Mine" }));
    const before = await counts(user);
    const document = await exportOf(user);
    const task = document.tasks[0] as AccountExport["tasks"][number];
    const completion = {
      id: 1,
      taskId: task.id,
      dueDate: "2026-01-01",
      dueTime: null,
      completedAt: "2026-01-01T09:00:00.000Z",
    };
    const cannotRead = "The import cannot be read: nothing was added";
    const importing = (changed: Partial<AccountExport>) =>
      importInto(user, JSON.stringify({ ...document, ...changed }), "application/json");

    await expectProblem(await importing({ tasks: [{ ...task, dueDate: "0000-01-01" }] }), 422, cannotRead, [
      { path: "tasks.0.dueDate", message: "A date must be 0001-01-01 or later" },
    ]);
    await expectProblem(await importing({ completions: [{ ...completion, dueDate: "0000-12-01" }] }), 422, cannotRead, [
      { path: "completions.0.dueDate", message: "A date must be 0001-01-01 or later" },
    ]);
    await expectProblem(
      await importing({
        tasks: [{ ...task, createdAt: "0000-01-01T00:00:00.000Z" }],
        completions: [{ ...completion, completedAt: "0000-06-01T00:00:00.000Z" }],
      }),
      422,
      cannotRead,
      [
        { path: "tasks.0.createdAt", message: "A time must be 0001-01-01T00:00:00Z or later" },
        { path: "completions.0.completedAt", message: "A time must be 0001-01-01T00:00:00Z or later" },
      ],
    );
    expect(await counts(user)).toEqual(before);
  });

  it("takes a name as taken when the database's lower() says so, where toLowerCase() does not (ΣΑΣ, İNBOX)", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.createList(user.userId, { name: "σασ" }));
    const source = await apiUser(baseUrl);
    for (const name of ["ΣΑΣ", "Travel"]) must(await source.client.createList(source.userId, { name }));
    // No account holds "İNBOX" beside its Inbox (409), but a document edited by hand may.
    const document = await exportOf(source);
    const lists = document.lists.map((l) => (l.name === "Travel" ? { ...l, name: "İNBOX" } : l));
    const imported = must(await user.client.importAccount(user.userId, { ...document, lists }));
    expect(imported.warnings).toEqual([
      'A list named "ΣΑΣ" exists: imported as "ΣΑΣ (2)"',
      'A list named "İNBOX" exists: imported as "İNBOX (2)"',
    ]);
    expect((await exportOf(user)).lists.map((l) => l.name)).toEqual(["Inbox", "σασ", "ΣΑΣ (2)", "İNBOX (2)"]);
  });

  it("never overwrites: importing twice adds twice, a list of a taken name gets a suffix, the rest stays", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.updateSettings(user.userId, { timeZone: "Asia/Tokyo" }));
    const errands = must(await user.client.createList(user.userId, { name: "Errands" }));
    const mine = must(await user.client.createTask(user.userId, { title: "Mine", listId: errands.id }));
    const inboxTask = must(await user.client.createTask(user.userId, { title: "In my Inbox" }));
    const source = await apiUser(baseUrl);
    must(await source.client.updateSettings(source.userId, { timeZone: "Europe/Oslo" }));
    const theirs = must(await source.client.createList(source.userId, { name: "errands", color: "#22aa66" }));
    must(await source.client.createTask(source.userId, { title: "Theirs", listId: theirs.id }));
    must(await source.client.createTask(source.userId, { title: "Their Inbox task" }));
    const exported = JSON.stringify(await exportOf(source));

    const first = must(await user.client.importAccount(user.userId, JSON.parse(exported)));
    expect(first.warnings).toEqual(['A list named "errands" exists: imported as "errands (2)"']);
    const second = must(await user.client.importAccount(user.userId, JSON.parse(exported)));
    expect(second.warnings).toEqual(['A list named "errands" exists: imported as "errands (3)"']);

    const document = await exportOf(user);
    expect(document.settings.timeZone).toBe("Asia/Tokyo");
    expect(document.lists.map((l) => l.name)).toEqual(["Inbox", "Errands", "errands (2)", "errands (3)"]);
    expect(document.tasks.filter((t) => t.title === "Theirs")).toHaveLength(2);
    const inbox = document.lists[0]?.id;
    const inboxTitles = document.tasks
      .filter((t) => t.listId === inbox)
      .sort((a, b) => (a.position < b.position ? -1 : 1))
      .map((t) => t.title);
    // The user's own first, the imported after them.
    expect(inboxTitles).toEqual(["In my Inbox", "Their Inbox task", "Their Inbox task"]);
    const { subtasks: _s, userId: _u, ...mineNow } = must(await user.client.getTask(user.userId, mine.id));
    const { subtasks: _s2, userId: _u2, ...mineBefore } = mine;
    expect(mineNow).toEqual(mineBefore);
    expect(must(await user.client.getTask(user.userId, inboxTask.id)).updatedAt).toBe(inboxTask.updatedAt);
  });

  it("413 past 5 MB, 415 for other content types", async () => {
    const user = await apiUser(baseUrl);
    const headers = { Authorization: `Bearer ${user.token}`, "Content-Type": "text/csv" };
    // A declared length past the limit is refused before the body is read.
    const declared = await sendChunked(`${baseUrl}/api/${user.userId}/import`, {
      method: "POST",
      headers,
      chunks: ["TYPE,CONTENT\n"],
      declaredLength: IMPORT_BODY_LIMIT_BYTES + 1,
    });
    await expectProblem(declared, 413, "The body is larger than 5 MB");
    // A streamed body with no length is refused once what arrives passes it.
    const megabyte = "task,x\n".repeat(Math.ceil((1024 * 1024) / 7));
    const streamed = await sendChunked(`${baseUrl}/api/${user.userId}/import`, {
      method: "POST",
      headers,
      chunks: ["TYPE,CONTENT\n", ...Array.from({ length: 6 }, () => megabyte)],
    });
    await expectProblem(streamed, 413, "The body is larger than 5 MB");
    await expectProblem(
      await importInto(user, "TYPE,CONTENT\ntask,x\n", "text/plain"),
      415,
      "Send an export as application/json or a Todoist CSV export as text/csv",
    );
    expect((await exportOf(user)).tasks).toEqual([]);
  });

  it("reads a CSV in the charset its Content-Type names, and refuses one it does not know or bytes not in it", async () => {
    const user = await apiUser(baseUrl);
    const csv = (title: string) => `TYPE,CONTENT,PRIORITY,INDENT\r\ntask,${title},1,1\r\n`;
    const titles = async () => (await exportOf(user)).tasks.map((task) => task.title);
    // Excel's "CSV" on Windows (0x80 is "€" there), Latin-1, UTF-16 with its byte order mark: each as written.
    const sends: [string, Uint8Array, string][] = [
      ["text/csv; charset=windows-1252", Buffer.from(csv("Café 5\x80 \x93ok\x94"), "latin1"), "Café 5€ “ok”"],
      ['TEXT/CSV; Charset="ISO-8859-1"', Buffer.from(csv("Crème brûlée"), "latin1"), "Crème brûlée"],
      [
        "text/csv;charset=utf-16le",
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv("日本 🎉"), "utf16le")]),
        "日本 🎉",
      ],
      ["text/csv; charset=utf-8", Buffer.from(csv("Straße"), "utf8"), "Straße"],
    ];
    for (const [type, body, title] of sends) {
      const response = await importInto(user, body, type);
      expect({ type, status: response.status }).toEqual({ type, status: 200 });
      expect(await titles()).toContain(title);
    }
    const before = await titles();
    await expectProblem(
      await importInto(user, Buffer.from(csv("x"), "latin1"), "text/csv; charset=x-martian"),
      415,
      'The charset "x-martian" is not one this server reads: send UTF-8',
    );
    const oddLength = Buffer.concat([Buffer.from(csv("odd"), "utf16le"), Buffer.from([0x41])]);
    await expectProblem(
      await importInto(user, oddLength, "text/csv; charset=utf-16le"),
      400,
      "The body is not valid utf-16le",
    );
    await expectProblem(
      await importInto(user, Buffer.from(csv("Café"), "latin1"), "text/csv"),
      400,
      "The body is not valid UTF-8",
    );
    expect(await titles()).toEqual(before);
  });

  it("another user's id is 403; a read access token is 403", async () => {
    const user = await apiUser(baseUrl);
    const other = await apiUser(baseUrl);
    const csv = "TYPE,CONTENT\ntask,x\n";
    await expectProblem(
      await importInto(user, csv, "text/csv", { userId: other.userId }),
      403,
      "This token belongs to another user",
    );
    await expectProblem(
      await importInto(user, csv, "text/csv", { token: await readToken(user) }),
      403,
      "This access token may only read: its scope is read",
    );
    expect((await exportOf(other)).tasks).toEqual([]);
    expect((await exportOf(user)).tasks).toEqual([]);
  });
});
