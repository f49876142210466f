import { describe, expect, it } from "vitest";
import { loadedTasks } from "./loaded-tasks";
import { makeTask } from "./test-support";

const page = (...ids: number[]) => ({ tasks: ids.map((id) => makeTask(id)), total: null, nextCursor: null });
const ids = (tasks: { id: number }[]) => tasks.map((task) => task.id);

describe("loadedTasks", () => {
  it("puts the pages one after another, in their order", () => {
    expect(ids(loadedTasks([page(9, 8, 7), page(6, 5), page(4)]))).toEqual([9, 8, 7, 6, 5, 4]);
    expect(loadedTasks([])).toEqual([]);
  });

  it("keeps a task on two pages (changed while they were read) where it came first", () => {
    expect(ids(loadedTasks([page(9, 8, 7), page(7, 6)]))).toEqual([9, 8, 7, 6]);
  });

  it("leaves out the hidden ones (waiting out their undo offer)", () => {
    expect(ids(loadedTasks([page(9, 8), page(7, 6)], new Set([8, 6])))).toEqual([9, 7]);
  });
});
