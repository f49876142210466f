import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createList } from "../../src/lists";
import { createTask, listTasks, moveTask } from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

type Step =
  | { kind: "create" }
  | { kind: "before" | "after"; task: number; anchor: number }
  | { kind: "first"; task: number };

// Indexes into the tasks that exist at the step, taken modulo their number.
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: "create" as const }),
  fc.record({ kind: fc.constantFrom("before" as const, "after" as const), task: fc.nat(), anchor: fc.nat() }),
  fc.record({ kind: fc.constant("first" as const), task: fc.nat() }),
);

/** The model: the list's ids top first, changed as the API promises. */
function apply(model: number[], step: Step, created?: number): number[] {
  if (step.kind === "create") return [created as number, ...model];
  const id = model[step.task % model.length] as number;
  const rest = model.filter((other) => other !== id);
  if (step.kind === "first") return [id, ...rest];
  const anchor = model[step.anchor % model.length] as number;
  const at = rest.indexOf(anchor) + (step.kind === "after" ? 1 : 0);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

export function describeMoveProperty({ db }: DatabaseContext): void {
  describe("manual order, on generated move sequences", () => {
    it("after any sequence of creations and moves, sort=manual lists the model's order, both ways", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 25 }), async (steps) => {
          const userId = await createUser(db());
          const { id: listId } = await createList(db(), userId, { name: "Ordered" });
          let model: number[] = [];
          for (const step of steps) {
            if (step.kind === "create") {
              const task = await createTask(db(), userId, { title: `t${model.length}`, listId });
              model = apply(model, step, task.id);
              continue;
            }
            if (model.length === 0) continue;
            const id = model[step.task % model.length] as number;
            const target = { userId, id };
            if (step.kind === "first") await moveTask(db(), target, { listId });
            else {
              const anchor = model[step.anchor % model.length] as number;
              if (anchor === id) continue;
              await moveTask(db(), target, { [step.kind]: anchor });
            }
            model = apply(model, step);
          }
          const asc = await listTasks(db(), userId, { listId, sort: "manual", limit: 100 });
          const desc = await listTasks(db(), userId, { listId, sort: "manual", order: "desc", limit: 100 });
          expect({ asc: asc.rows.map((t) => t.id), desc: desc.rows.map((t) => t.id) }).toEqual({
            asc: model,
            desc: [...model].reverse(),
          });
        }),
        { numRuns: 25 },
      );
    });
  });
}
