import { isoDate, type NewTask } from "./accounts";

/** A list that shows every kind of row: overdue, done, tagged with a priority, described, timed and repeating, plain. */
export const SAMPLE_TASKS: NewTask[] = [
  { title: "Renew passport", dueDate: isoDate(-3), priority: "medium" },
  { title: "Book dentist appointment", completed: true, dueDate: isoDate(-1) },
  {
    title: "Prepare the quarterly report for the board meeting",
    description: "Numbers from finance, the hiring plan and the roadmap slides.",
    priority: "high",
    tags: ["work", "q3"],
    dueDate: isoDate(5),
  },
  { title: "Water the plants", priority: "low", tags: ["home"] },
  {
    title: "Morning run",
    dueDate: isoDate(1),
    dueTime: "07:30",
    recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO,WE,FR", from: "due" },
  },
  { title: "Call grandma" },
];
