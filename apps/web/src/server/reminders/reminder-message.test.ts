import type { ClaimedReminder } from "@todo/db";
import { describe, expect, it } from "vitest";
import { reminderMessage } from "./reminder-message";

const claimed: ClaimedReminder = {
  id: 3,
  userId: "0b9d5b0e-3c1f-4a59-9d3e-5f2b8c1a7e42",
  taskId: 41,
  listId: 7,
  inInbox: false,
  title: "Post the parcel",
  dueDate: "2031-05-06",
  dueTime: "09:30",
  attempts: 1,
  deliveredTo: [],
  lateSeconds: 0,
};

describe("reminderMessage", () => {
  it("says what design.md names, and its link opens the task on its list's page", () => {
    expect(reminderMessage(claimed)).toEqual({
      type: "reminder",
      taskId: 41,
      title: "Post the parcel",
      dueDate: "2031-05-06",
      dueTime: "09:30",
      url: "/lists/7?task=41",
    });
  });

  it("links a task of the Inbox to the Inbox's page, /", () => {
    expect(reminderMessage({ ...claimed, inInbox: true }).url).toBe("/?task=41");
  });
});
