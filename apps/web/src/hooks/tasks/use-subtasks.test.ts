import type { Task } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { taskKeys } from "./keys";
import { runMutation } from "./run-mutation";
import { holdAnswer, must, type ServerUser, signUpOnServer } from "./test-support";
import { type SubtaskWrite, subtaskWriteOptions } from "./use-subtasks";

// The hooks' requests go to the app server (see test-support.ts), as this test's user.
vi.mock("@/lib/api-client", async () => (await import("./test-support")).serverApiClients());
vi.mock("sonner", () => ({ toast: { error: vi.fn() } }));

let user: ServerUser;

beforeEach(async () => {
  vi.clearAllMocks();
  user = await signUpOnServer();
});

/** A parent with subtasks made in this order, and a page whose details show them. */
async function withSubtasks(...titles: string[]) {
  const parent = must(await user.api.createTask(user.userId, { title: "Move house" }));
  const subtasks: Task[] = [];
  for (const title of titles)
    subtasks.push(must(await user.api.createTask(user.userId, { title, parentId: parent.id })));
  const client = makeQueryClient(() => {});
  client.setQueryData(taskKeys.subtasks(user.userId, parent.id), subtasks);
  const write = (w: SubtaskWrite) => runMutation(client, subtaskWriteOptions(client, user.userId, parent), w);
  const shown = () => client.getQueryData<Task[]>(taskKeys.subtasks(user.userId, parent.id)) ?? [];
  const onServer = async () =>
    must(await user.api.listTasks(user.userId, { parentId: parent.id, sort: "manual", order: "asc" })).tasks;
  return { client, subtasks, write, shown, onServer };
}

describe("subtaskWriteOptions", () => {
  it("a move asked with the copy shown before a rename's answer re-rendered goes with the renamed version", async () => {
    const { subtasks, write, shown, onServer } = await withSubtasks("Book the van", "Pack the kitchen");
    const [van, kitchen] = subtasks as [Task, Task];
    // The row's copy while the rename is on its way: the new title, the old version.
    const asShown = { ...kitchen, title: "Pack the kitchen and the bathroom" };
    await write({ kind: "update", task: kitchen, change: { title: asShown.title } });

    await expect(write({ kind: "move", task: asShown, move: { before: van.id } })).resolves.toMatchObject({
      title: "Pack the kitchen and the bathroom",
    });
    expect((await onServer()).map((t) => t.title)).toEqual(["Pack the kitchen and the bathroom", "Book the van"]);
    // The move shows the renamed copy in its new place, not the one it was asked with.
    expect(shown().map((t) => t.title)).toEqual(["Pack the kitchen and the bathroom", "Book the van"]);
    expect(Date.parse(shown()[0]?.updatedAt ?? "")).toBeGreaterThan(Date.parse(kitchen.updatedAt));
  });

  it("a refetch that answers after a rename with the version before it does not make the next write conflict", async () => {
    const { client, subtasks, write, onServer } = await withSubtasks("Book the van", "Pack the kitchen");
    const [van, kitchen] = subtasks as [Task, Task];
    await write({ kind: "update", task: kitchen, change: { title: "Pack everything" } });
    // The subtasks as a refetch asked before the rename answered them, landing after its answer.
    client.setQueryData(taskKeys.subtasks(user.userId, kitchen.parentId as number), subtasks);

    await expect(write({ kind: "move", task: kitchen, move: { before: van.id } })).resolves.toBeDefined();
    expect((await onServer()).map((t) => t.title)).toEqual(["Pack everything", "Book the van"]);
  });

  it("writes to subtasks are sent one after another, each with the version the one before left", async () => {
    const { subtasks, write, shown, onServer } = await withSubtasks("Book the van", "Pack the kitchen");
    const [van, kitchen] = subtasks as [Task, Task];
    const renamed = holdAnswer(user.userId, "PATCH", `/${kitchen.id}`);
    const rename = write({ kind: "update", task: kitchen, change: { title: "Pack everything" } });
    const complete = write({ kind: "update", task: kitchen, change: { completed: true } });
    const move = write({ kind: "move", task: kitchen, move: { before: van.id } });
    await renamed.arrived;
    // Shown at once, in order, while the first answer is held back.
    expect(shown()).toEqual([{ ...kitchen, title: "Pack everything", completed: true }, van]);
    renamed.release();
    await Promise.all([rename, complete, move]);
    expect((await onServer()).map((t) => [t.title, t.completed])).toEqual([
      ["Pack everything", true],
      ["Book the van", false],
    ]);
  });

  it("a refused write puts the subtasks back as they were and says why", async () => {
    const { write, subtasks, shown, onServer } = await withSubtasks("Book the van");
    const [van] = subtasks as [Task];
    must(await user.api.updateTask(user.userId, van.id, { title: "Changed elsewhere" }));

    await expect(write({ kind: "update", task: van, change: { completed: true } })).rejects.toThrow();
    expect(shown()).toEqual([van]);
    const { toast } = await import("sonner");
    expect(toast.error).toHaveBeenCalledOnce();
    expect((await onServer())[0]).toMatchObject({ title: "Changed elsewhere", completed: false });
  });
});
