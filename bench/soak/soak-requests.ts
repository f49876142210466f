// What the soak's requests ask for: list queries over every filter, sort and page size, and edits.
import { TASK_PRIORITIES, TASK_SORTS } from "@todo/contracts";
import { randomItem } from "./soak-state";

// The words, tags and dates of bench-users' taskBody, so that the filters find tasks.
const SEARCHES = ["dentist", "invoice", "paperwork", "appointment"];
const TAGS = ["work", "home", "errand", "urgent", "finance", "health"];
const DATES = ["2026-02-10", "2026-04-01", "2026-06-15", "2026-09-01"];
const LIMITS = ["10", "20", "50", "100"];

/** A list's query string: at most one filter, often a sort and an order, sometimes a page size. */
export function listQuery(): string {
  const query = new URLSearchParams();
  const filter = randomItem(["none", "none", "status", "q", "tag", "priority", "dueBefore", "dueAfter"] as const);
  if (filter === "status") query.set("status", randomItem(["pending", "completed"]));
  if (filter === "q") query.set("q", randomItem(SEARCHES));
  if (filter === "tag") query.set("tag", randomItem(TAGS));
  if (filter === "priority") query.set("priority", randomItem(TASK_PRIORITIES));
  if (filter === "dueBefore" || filter === "dueAfter") query.set(filter, randomItem(DATES));
  if (Math.random() < 0.6) query.set("sort", randomItem(TASK_SORTS));
  if (Math.random() < 0.5) query.set("order", randomItem(["asc", "desc"]));
  if (Math.random() < 0.4) query.set("limit", randomItem(LIMITS));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** A PATCH body: one or two fields, different each time. */
export function patchBody(n: number): string {
  const edits = [
    { title: `Soak edit ${n}: renew the passport before the trip` },
    { priority: randomItem(TASK_PRIORITIES) },
    { tags: [randomItem(TAGS), randomItem(TAGS)] },
    { dueDate: Math.random() < 0.25 ? null : randomItem(DATES) },
    { description: `Edited by the soak (${n}).`, completed: Math.random() < 0.5 },
  ];
  return JSON.stringify(randomItem(edits));
}

/** A PATCH …/complete body: mostly none (a toggle), sometimes an explicit state. */
export function completeBody(): string | undefined {
  const roll = Math.random();
  if (roll < 0.6) return undefined;
  return JSON.stringify({ completed: roll < 0.8 });
}

/** The path of `Link: <…>; rel="next"`, if the answer has one. */
export function nextPage(link: string | string[] | undefined): string | undefined {
  return String(link ?? "").match(/<([^>]+)>;\s*rel="next"/)?.[1];
}
