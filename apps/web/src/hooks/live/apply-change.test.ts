import { InfiniteQueryObserver, QueryObserver } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { taskKeys } from "@/hooks/tasks/keys";
import type { ListData } from "@/hooks/tasks/list-cache";
import { runMutation } from "@/hooks/tasks/run-mutation";
import { ACTIVE, COMPLETED, deferred, listed, makeTask, USER } from "@/hooks/tasks/test-support";
import { makeQueryClient } from "@/lib/query-client";
import { changeApplier } from "./apply-change";
import { onTaskDeletedElsewhere } from "./deleted-elsewhere";

const PARENT = 1;
// Longer than the applier's wait before it refetches (100 ms).
const PAST_THE_WAIT_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const subtaskChange = (seq: number, subtask: Task) => ({
  seq,
  type: "task.updated" as const,
  id: subtask.id,
  data: subtask,
});

let unsubscribe = () => {};
afterEach(() => unsubscribe());

/** A page showing a task's subtasks, which counts how often it asks the server for them. */
async function showing() {
  const client = makeQueryClient(() => {});
  let fetches = 0;
  const observer = new QueryObserver(client, {
    queryKey: taskKeys.subtasks(USER, PARENT),
    queryFn: async () => {
      fetches++;
      return [] as Task[];
    },
  });
  unsubscribe = observer.subscribe(() => {});
  await sleep(10);
  expect(fetches).toBe(1);
  return { client, apply: changeApplier(client, USER), fetches: () => fetches - 1 };
}

/** A task write of this page's that stays under way until `settle()`. */
function writeUnderWay(client: ReturnType<typeof makeQueryClient>) {
  const answer = deferred<void>();
  const done = runMutation(client, { mutationKey: taskKeys.writes(USER), mutationFn: () => answer.promise }, {});
  return {
    settle: async () => {
      answer.resolve();
      await done;
    },
  };
}

describe("changeApplier", () => {
  it("keeps a task asked for by its id as each change leaves it, during a write of this page's too; no other is cached", async () => {
    const client = makeQueryClient(() => {});
    const apply = changeApplier(client, USER);
    const task = makeTask(5, { title: "Renew the lease" });
    client.setQueryData(taskKeys.byId(USER, 5), task);
    const write = writeUnderWay(client);
    const renamed = { ...task, title: "Renew the lease early" };
    apply({ seq: 1, type: "task.updated", id: 5, data: renamed });
    expect(client.getQueryData(taskKeys.byId(USER, 5))).toEqual(renamed);
    await write.settle();
    apply({ seq: 2, type: "task.deleted", id: 5, data: null });
    expect(client.getQueryData(taskKeys.byId(USER, 5))).toBeNull();
    apply({ seq: 3, type: "task.created", id: 6, data: makeTask(6) });
    expect(client.getQueryData(taskKeys.byId(USER, 6))).toBeUndefined();
  });

  it("tells who shows a task that it was deleted while it is still in the cache, even during a write of this page's", async () => {
    const client = makeQueryClient(() => {});
    const task = makeTask(5, { title: "Renew the lease" });
    client.setQueryData(taskKeys.list(USER, ACTIVE), {
      pages: [{ tasks: [task], nextCursor: null }],
      pageParams: [null],
    });
    const seen: { id: number; cached: boolean }[] = [];
    const stop = onTaskDeletedElsewhere((id) => seen.push({ id, cached: listed(client, ACTIVE).length > 0 }));
    const write = writeUnderWay(client);
    changeApplier(client, USER)({ seq: 1, type: "task.deleted", id: 5, data: null });
    stop();
    changeApplier(client, USER)({ seq: 2, type: "task.deleted", id: 6, data: null });
    expect(seen).toEqual([{ id: 5, cached: true }]);
    await write.settle();
  });

  it("refetches the shown subtasks once for a burst of changes to them, after a short wait", async () => {
    const { apply, fetches } = await showing();
    for (const seq of [1, 2, 3]) apply(subtaskChange(seq, makeTask(10 + seq, { parentId: PARENT })));
    expect(fetches()).toBe(0);
    await sleep(PAST_THE_WAIT_MS);
    expect(fetches()).toBe(1);
  });

  it("leaves the subtasks alone while a write of this page's is under way: its answer would be older than what is shown", async () => {
    const { client, apply, fetches } = await showing();
    const write = writeUnderWay(client);
    apply(subtaskChange(1, makeTask(11, { parentId: PARENT })));
    await sleep(PAST_THE_WAIT_MS);
    expect(fetches()).toBe(0);
    await write.settle();
  });

  it("does not refetch when the wait ends during a write sent after the change came", async () => {
    const { client, apply, fetches } = await showing();
    apply(subtaskChange(1, makeTask(11, { parentId: PARENT })));
    const write = writeUnderWay(client);
    await sleep(PAST_THE_WAIT_MS);
    expect(fetches()).toBe(0);
    await write.settle();
    // Nor once it has settled: the applier dropped its refetch, which the write's own refresh
    // (refreshAfterWrite, not part of this stand-in write) makes instead.
    await sleep(PAST_THE_WAIT_MS);
    expect(fetches()).toBe(0);
  });

  it("does not let a list's answer read before a change take the change back, and asks for that list again", async () => {
    const client = makeQueryClient(() => {});
    const open = makeTask(1, { title: "Buy oat milk", version: 1 });
    const completed = makeTask(1, { title: "Buy oat milk", version: 2, completed: true });
    const slowAnswer = deferred<void>();
    const reads = { active: 0, completed: 0 };
    // What the server answers each read of the two sections: the completed list's second read was made before the
    // task was completed, and its answer is slow to come.
    const answer = {
      active: async () => (reads.active++ === 0 ? [open] : []),
      completed: async () => {
        const read = reads.completed++;
        if (read === 1) await slowAnswer.promise;
        return read < 2 ? [] : [completed];
      },
    };
    const stops = (["active", "completed"] as const).map((name) =>
      new InfiniteQueryObserver<ListData["pages"][number], Error, ListData>(client, {
        queryKey: taskKeys.list(USER, name === "active" ? ACTIVE : COMPLETED),
        initialPageParam: null as string | null,
        getNextPageParam: (page) => page.nextCursor,
        queryFn: async () => ({ tasks: await answer[name](), total: null, nextCursor: null }),
      }).subscribe(() => {}),
    );
    unsubscribe = () => {
      for (const stop of stops) stop();
    };
    await sleep(10);
    expect([listed(client, ACTIVE), listed(client, COMPLETED)]).toEqual([[open], []]);

    void client.invalidateQueries({ queryKey: taskKeys.list(USER, COMPLETED) });
    await sleep(10);
    changeApplier(client, USER)({ seq: 2, type: "task.updated", id: 1, data: completed });
    expect([listed(client, ACTIVE), listed(client, COMPLETED)]).toEqual([[], [completed]]);
    slowAnswer.resolve();
    await sleep(10);
    expect(listed(client, COMPLETED)).toEqual([completed]);
    await sleep(PAST_THE_WAIT_MS);
    expect(reads.completed).toBe(3);
    expect(listed(client, COMPLETED)).toEqual([completed]);
  });
});
