import { type InfiniteData, InfiniteQueryObserver, type QueryClient } from "@tanstack/react-query";
import type { TaskListPage } from "@todo/contracts";
import { describe, expect, it } from "vitest";
import { taskKeys } from "@/hooks/tasks/keys";
import { ALL, deferred, makeTask, USER } from "@/hooks/tasks/test-support";
import { cancelKeepingPages, invalidateKeepingPages } from "./keeping-pages";
import { makeQueryClient } from "./query-client";

/** A list whose pages the test answers: each ask waits for `answer(cursor)`; what was asked is recorded. */
function listAnsweredByTest() {
  const client = makeQueryClient(() => {});
  const asked: (string | null)[] = [];
  const waiting: { cursor: string | null; answer: ReturnType<typeof deferred<TaskListPage>> }[] = [];
  const page = (cursor: string | null): TaskListPage => {
    const index = cursor === null ? 0 : Number(cursor);
    return { tasks: [makeTask(index + 1)], total: null, nextCursor: index < 2 ? String(index + 1) : null };
  };
  const observer = new InfiniteQueryObserver(client, {
    queryKey: taskKeys.list(USER, ALL),
    queryFn: ({ pageParam }: { pageParam: string | null }) => {
      asked.push(pageParam);
      const answer = deferred<TaskListPage>();
      waiting.push({ cursor: pageParam, answer });
      return answer.promise;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: TaskListPage) => last.nextCursor,
  });
  const unsubscribe = observer.subscribe(() => {});
  /** Answers every ask on its way, as the server would now. */
  const answerAll = async () => {
    for (let step = 0; step < 10 && waiting.length > 0; step++) {
      for (const { cursor, answer } of waiting.splice(0)) answer.resolve(page(cursor));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  const shown = () => observer.getCurrentResult().data?.pages.flatMap((p) => p.tasks.map((t) => t.id));
  return { client, observer, asked, answerAll, shown, unsubscribe };
}

describe("invalidateKeepingPages", () => {
  it("lets a page of more tasks on its way arrive, then refetches that list with it", async () => {
    const list = listAnsweredByTest();
    await list.answerAll();
    expect(list.shown()).toEqual([1]);

    // Load more, and a write settling before its page is in.
    const more = list.observer.fetchNextPage();
    const invalidated = invalidateKeepingPages(list.client, { queryKey: taskKeys.all(USER) });
    await list.answerAll();
    await more;
    await list.answerAll();
    await invalidated;
    expect(list.shown()).toEqual([1, 2]);
    // The page asked for, then the refetch of both pages the list then held.
    expect(list.asked).toEqual([null, "1", null, "1"]);
    list.unsubscribe();
  });

  it("refetches a list at once when it is not loading more", async () => {
    const list = listAnsweredByTest();
    await list.answerAll();
    const invalidated = invalidateKeepingPages(list.client, { queryKey: taskKeys.all(USER) });
    await list.answerAll();
    await invalidated;
    expect(list.asked).toEqual([null, null]);
    expect(list.shown()).toEqual([1]);
    list.unsubscribe();
  });

  it("leaves what its filters leave out, loading more or not", async () => {
    const list = listAnsweredByTest();
    await list.answerAll();
    const more = list.observer.fetchNextPage();
    await invalidateKeepingPages(list.client, { queryKey: taskKeys.all("someone-else") });
    await invalidateKeepingPages(list.client, { queryKey: taskKeys.all(USER), predicate: () => false });
    await list.answerAll();
    await more;
    expect(list.asked).toEqual([null, "1"]);
    expect(list.shown()).toEqual([1, 2]);
    list.unsubscribe();
  });
});

/** What a write shows before its answer: a task added at the top of the list's first page. */
function showAdded(client: QueryClient, id: number) {
  client.setQueryData<InfiniteData<TaskListPage>>(
    taskKeys.list(USER, ALL),
    (data) =>
      data && { ...data, pages: data.pages.map((p, i) => (i === 0 ? { ...p, tasks: [makeTask(id), ...p.tasks] } : p)) },
  );
}

describe("cancelKeepingPages", () => {
  it("calls off a page of more tasks on its way, and asks for it again on top of the change the write shows", async () => {
    const list = listAnsweredByTest();
    await list.answerAll();

    // Load more, and a write starting before its page is in: it cancels what is on its way, then shows its change.
    void list.observer.fetchNextPage();
    await cancelKeepingPages(list.client, { queryKey: taskKeys.all(USER) });
    showAdded(list.client, 99);
    await list.answerAll();
    expect(list.asked).toEqual([null, "1", "1"]);
    expect(list.shown()).toEqual([99, 1, 2]);
    list.unsubscribe();
  });

  it("asks for the page again even when a refresh started meanwhile (an earlier write's, waiting for that page)", async () => {
    const list = listAnsweredByTest();
    await list.answerAll();

    // Load more; a first write settles (its refresh waits for the page); a second write starts before the page is in.
    void list.observer.fetchNextPage();
    void invalidateKeepingPages(list.client, { queryKey: taskKeys.all(USER) });
    await cancelKeepingPages(list.client, { queryKey: taskKeys.all(USER) });
    showAdded(list.client, 99);
    await list.answerAll();
    expect(list.asked.at(-1)).toBe("1");
    expect(list.shown()).toEqual([99, 1, 2]);
    list.unsubscribe();
  });

  it("cancels a refetch on its way for good", async () => {
    const list = listAnsweredByTest();
    await list.answerAll();
    void list.observer.refetch();
    await cancelKeepingPages(list.client, { queryKey: taskKeys.all(USER) });
    await list.answerAll();
    expect(list.asked).toEqual([null, null]);
    expect(list.shown()).toEqual([1]);
    list.unsubscribe();
  });
});
