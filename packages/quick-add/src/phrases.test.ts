import { describe, expect, it } from "vitest";
import { parseQuickAdd, type QuickAddPartKind, type QuickAddResult } from "./index";

/** What a line must give: fields left out are their defaults; `due` is "date time"; `repeat` the RRULE. */
interface Expected {
  title: string;
  tags?: string[];
  priority?: QuickAddResult["priority"];
  listId?: number;
  due?: string;
  repeat?: string;
  parts?: [QuickAddPartKind, string, string][];
}
type Row = [string, Expected];

const LISTS = [
  { id: 1, name: "Inbox" },
  { id: 2, name: "Home" },
  { id: 3, name: "Home Reno" },
  { id: 4, name: "Work" },
];

/** The whole result a row stands for; each part is found in the line after the one before it. */
function expectedResult(text: string, expected: Expected): QuickAddResult {
  const [dueDate = null, dueTime = null] = expected.due?.split(" ") ?? [];
  const [rule, completion] = expected.repeat?.split(" after ") ?? [];
  let from = 0;
  const parts = (expected.parts ?? []).map(([kind, partText, label]) => {
    const start = text.indexOf(partText, from);
    from = start + partText.length;
    return { kind, start, end: from, text: partText, label };
  });
  return {
    title: expected.title,
    tags: expected.tags ?? [],
    priority: expected.priority ?? "none",
    listId: expected.listId ?? null,
    dueDate,
    dueTime,
    recurrence: rule ? { rule, from: completion ? "completion" : "due" } : null,
    parts,
  };
}

// Lines as people type them into Todoist or TickTick, each with everything the parser must make of it.

const mondayRows: Row[] = [
  [
    "Submit expenses Monday 9am",
    { title: "Submit expenses", due: "2026-11-02 09:00", parts: [["date", "Monday 9am", "Today 09:00"]] },
  ],
  ["Gym Mon 7am", { title: "Gym", due: "2026-11-09 07:00", parts: [["date", "Mon 7am", "Nov 9 07:00"]] }],
  [
    "Call the bank in an hour",
    { title: "Call the bank", due: "2026-11-02 09:00", parts: [["date", "in an hour", "Today 09:00"]] },
  ],
  [
    "Stretch in half an hour",
    { title: "Stretch", due: "2026-11-02 08:30", parts: [["date", "in half an hour", "Today 08:30"]] },
  ],
  [
    "Check the bread 45 minutes from now",
    { title: "Check the bread", due: "2026-11-02 08:45", parts: [["date", "45 minutes from now", "Today 08:45"]] },
  ],
  [
    "Ship it within 90 min",
    { title: "Ship it", due: "2026-11-02 09:30", parts: [["date", "within 90 min", "Today 09:30"]] },
  ],
  [
    "Gym every mon wed fri 7am #health !high",
    {
      title: "Gym",
      tags: ["health"],
      priority: "high",
      due: "2026-11-04 07:00",
      repeat: "FREQ=WEEKLY;BYDAY=MO,WE,FR",
      parts: [
        ["repeat", "every mon wed fri", "Every Mon, Wed, Fri"],
        ["date", "7am", "07:00"],
        ["tag", "#health", "#health"],
        ["priority", "!high", "High"],
      ],
    },
  ],
  [
    "Gym every mon wed fri 9am #health",
    {
      title: "Gym",
      tags: ["health"],
      due: "2026-11-02 09:00",
      repeat: "FREQ=WEEKLY;BYDAY=MO,WE,FR",
      parts: [
        ["repeat", "every mon wed fri", "Every Mon, Wed, Fri"],
        ["date", "9am", "09:00"],
        ["tag", "#health", "#health"],
      ],
    },
  ],
  [
    "Standup every weekday",
    {
      title: "Standup",
      due: "2026-11-02",
      repeat: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
      parts: [["repeat", "every weekday", "Every weekday"]],
    },
  ],
  [
    "Team sync every monday",
    {
      title: "Team sync",
      due: "2026-11-02",
      repeat: "FREQ=WEEKLY;BYDAY=MO",
      parts: [["repeat", "every monday", "Every Mon"]],
    },
  ],
  ["Submit timesheet Monday", { title: "Submit timesheet", due: "2026-11-02", parts: [["date", "Monday", "Today"]] }],
  [
    "Submit timesheet next monday",
    { title: "Submit timesheet", due: "2026-11-09", parts: [["date", "next monday", "Nov 9"]] },
  ],
  [
    "Call the plumber at 7",
    { title: "Call the plumber", due: "2026-11-02 19:00", parts: [["date", "at 7", "Today 19:00"]] },
  ],
  [
    "Breakfast meeting 7:30am",
    { title: "Breakfast meeting", due: "2026-11-03 07:30", parts: [["date", "7:30am", "Tomorrow 07:30"]] },
  ],
  [
    "Weekly 1:1 every monday 10am",
    {
      title: "Weekly 1:1",
      due: "2026-11-02 10:00",
      repeat: "FREQ=WEEKLY;BYDAY=MO",
      parts: [
        ["repeat", "every monday", "Every Mon"],
        ["date", "10am", "10:00"],
      ],
    },
  ],
  ["Pay rent on the 1st", { title: "Pay rent", due: "2026-12-01", parts: [["date", "on the 1st", "Dec 1"]] }],
  [
    "Renew car insurance Dec 31",
    { title: "Renew car insurance", due: "2026-12-31", parts: [["date", "Dec 31", "Dec 31"]] },
  ],
  [
    "Lunch with Ana today at 1pm",
    { title: "Lunch with Ana", due: "2026-11-02 13:00", parts: [["date", "today at 1pm", "Today 13:00"]] },
  ],
  ["Finish report today", { title: "Finish report", due: "2026-11-02", parts: [["date", "today", "Today"]] }],
  [
    "Call Tom tmrw 8pm",
    { title: "Call Tom", due: "2026-11-03 20:00", parts: [["date", "tmrw 8pm", "Tomorrow 20:00"]] },
  ],
  ["Dentist in 2 weeks", { title: "Dentist", due: "2026-11-16", parts: [["date", "in 2 weeks", "Nov 16"]] }],
  ["Essay due in 10 days", { title: "Essay", due: "2026-11-12", parts: [["date", "due in 10 days", "Nov 12"]] }],
  ["Sat exam results", { title: "Sat exam results" }],
  ["Gym Sat 10am", { title: "Gym", due: "2026-11-07 10:00", parts: [["date", "Sat 10am", "Saturday 10:00"]] }],
  [
    "Clean gutters this weekend",
    { title: "Clean gutters", due: "2026-11-07", parts: [["date", "this weekend", "Saturday"]] },
  ],
  [
    "Clean garage at the weekend",
    { title: "Clean garage", due: "2026-11-07", parts: [["date", "at the weekend", "Saturday"]] },
  ],
  [
    "Book club every 3rd thursday of the month 7pm",
    {
      title: "Book club",
      due: "2026-11-19 19:00",
      repeat: "FREQ=MONTHLY;BYDAY=3TH",
      parts: [
        ["repeat", "every 3rd thursday of the month", "Every month on the 3rd Thu"],
        ["date", "7pm", "19:00"],
      ],
    },
  ],
  [
    "Piano every other tuesday 5pm ^Home",
    {
      title: "Piano",
      listId: 2,
      due: "2026-11-03 17:00",
      repeat: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
      parts: [
        ["repeat", "every other tuesday", "Every 2 weeks on Tue"],
        ["date", "5pm", "17:00"],
        ["list", "^Home", "Home"],
      ],
    },
  ],
];

const wednesdayRows: Row[] = [
  [
    "Gym every mon wed fri 7am #health !high",
    {
      title: "Gym",
      tags: ["health"],
      priority: "high",
      due: "2026-11-06 07:00",
      repeat: "FREQ=WEEKLY;BYDAY=MO,WE,FR",
      parts: [
        ["repeat", "every mon wed fri", "Every Mon, Wed, Fri"],
        ["date", "7am", "07:00"],
        ["tag", "#health", "#health"],
        ["priority", "!high", "High"],
      ],
    },
  ],
  [
    "Pay rent every month on the 1st 9am ^Home #bills !high",
    {
      title: "Pay rent",
      tags: ["bills"],
      priority: "high",
      listId: 2,
      due: "2026-12-01 09:00",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=1",
      parts: [
        ["repeat", "every month on the 1st", "Every month on the 1st"],
        ["date", "9am", "09:00"],
        ["list", "^Home", "Home"],
        ["tag", "#bills", "#bills"],
        ["priority", "!high", "High"],
      ],
    },
  ],
  ["Buy milk", { title: "Buy milk" }],
  ["Buy milk tomorrow", { title: "Buy milk", due: "2026-11-05", parts: [["date", "tomorrow", "Tomorrow"]] }],
  ["Buy 2 eggs", { title: "Buy 2 eggs" }],
  ["Call May", { title: "Call May" }],
  ["Call May 5", { title: "Call", due: "2027-05-05", parts: [["date", "May 5", "May 5, 2027"]] }],
  ["Read 1984", { title: "Read 1984" }],
  ["Watch 24", { title: "Watch 24" }],
  ["Room 101 cleanup", { title: "Room 101 cleanup" }],
  ["Mars 2030 talk", { title: "Mars 2030 talk" }],
  ["Fix bug #12", { title: "Fix bug #12" }],
  ["C# book", { title: "C# book" }],
  [
    "Check https://x.com/#anchor tomorrow",
    { title: "Check https://x.com/#anchor", due: "2026-11-05", parts: [["date", "tomorrow", "Tomorrow"]] },
  ],
  ["Email bob@example.com about the invoice", { title: "Email bob@example.com about the invoice" }],
  [
    "Call mom tomorrow 5pm",
    { title: "Call mom", due: "2026-11-05 17:00", parts: [["date", "tomorrow 5pm", "Tomorrow 17:00"]] },
  ],
  [
    "Dentist next fri at 9:30",
    { title: "Dentist", due: "2026-11-13 09:30", parts: [["date", "next fri at 9:30", "Nov 13 09:30"]] },
  ],
  [
    "Submit report in 3 days",
    { title: "Submit report", due: "2026-11-07", parts: [["date", "in 3 days", "Saturday"]] },
  ],
  ["Xmas shopping Dec 24", { title: "Xmas shopping", due: "2026-12-24", parts: [["date", "Dec 24", "Dec 24"]] }],
  [
    "Team meeting at 9:30",
    { title: "Team meeting", due: "2026-11-05 09:30", parts: [["date", "at 9:30", "Tomorrow 09:30"]] },
  ],
  ["Call mom at 5", { title: "Call mom", due: "2026-11-04 17:00", parts: [["date", "at 5", "Today 17:00"]] }],
  [
    "Standup every weekday 9:30",
    {
      title: "Standup",
      due: "2026-11-05 09:30",
      repeat: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
      parts: [
        ["repeat", "every weekday", "Every weekday"],
        ["date", "9:30", "09:30"],
      ],
    },
  ],
  [
    "Water plants every 3 days after completion",
    {
      title: "Water plants",
      due: "2026-11-04",
      repeat: "FREQ=DAILY;INTERVAL=3 after completion",
      parts: [["repeat", "every 3 days after completion", "Every 3 days after completion"]],
    },
  ],
  [
    "Review budget every other week",
    {
      title: "Review budget",
      due: "2026-11-04",
      repeat: "FREQ=WEEKLY;INTERVAL=2",
      parts: [["repeat", "every other week", "Every 2 weeks"]],
    },
  ],
  [
    "Team lunch every last friday",
    {
      title: "Team lunch",
      due: "2026-11-27",
      repeat: "FREQ=MONTHLY;BYDAY=-1FR",
      parts: [["repeat", "every last friday", "Every month on the last Fri"]],
    },
  ],
  [
    "Renew domain every year",
    {
      title: "Renew domain",
      due: "2026-11-04",
      repeat: "FREQ=YEARLY",
      parts: [["repeat", "every year", "Every year"]],
    },
  ],
  [
    "Pay credit card every month on the 15th",
    {
      title: "Pay credit card",
      due: "2026-11-15",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=15",
      parts: [["repeat", "every month on the 15th", "Every month on the 15th"]],
    },
  ],
  [
    "Gym every monday and thursday",
    {
      title: "Gym",
      due: "2026-11-05",
      repeat: "FREQ=WEEKLY;BYDAY=MO,TH",
      parts: [["repeat", "every monday and thursday", "Every Mon, Thu"]],
    },
  ],
  [
    'Watch "Tomorrow Never Dies" ^home reno',
    { title: 'Watch "Tomorrow Never Dies"', listId: 3, parts: [["list", "^home reno", "Home Reno"]] },
  ],
  ["Watch 24 tomorrow", { title: "Watch 24", due: "2026-11-05", parts: [["date", "tomorrow", "Tomorrow"]] }],
  ["Plan the week", { title: "Plan the week" }],
  ["5 min call with Sam", { title: "5 min call with Sam" }],
  ["Wear sun cream", { title: "Wear sun cream" }],
  ["Gym on sat", { title: "Gym", due: "2026-11-07", parts: [["date", "on sat", "Saturday"]] }],
  ["Prep Friday's meeting", { title: "Prep Friday's meeting" }],
  [
    "Review Q3 numbers by Friday !1",
    {
      title: "Review Q3 numbers",
      priority: "high",
      due: "2026-11-06",
      parts: [
        ["date", "by Friday", "Friday"],
        ["priority", "!1", "High"],
      ],
    },
  ],
  [
    "Take pill every day until Dec 31",
    {
      title: "Take pill",
      due: "2026-11-04",
      repeat: "FREQ=DAILY;UNTIL=20261231",
      parts: [["repeat", "every day until Dec 31", "Every day until Dec 31"]],
    },
  ],
  [
    "Antibiotics every day for 2 weeks",
    {
      title: "Antibiotics",
      due: "2026-11-04",
      repeat: "FREQ=DAILY;UNTIL=20261117",
      parts: [["repeat", "every day for 2 weeks", "Every day until Nov 17"]],
    },
  ],
  [
    "Take out trash every tue 8pm",
    {
      title: "Take out trash",
      due: "2026-11-10 20:00",
      repeat: "FREQ=WEEKLY;BYDAY=TU",
      parts: [
        ["repeat", "every tue", "Every Tue"],
        ["date", "8pm", "20:00"],
      ],
    },
  ],
  [
    "Dinner tonight at 7",
    { title: "Dinner", due: "2026-11-04 19:00", parts: [["date", "tonight at 7", "Today 19:00"]] },
  ],
  ["Party this evening", { title: "Party", due: "2026-11-04", parts: [["date", "this evening", "Today"]] }],
  ["Morning run", { title: "Morning run" }],
  [
    "Report due tomorrow, then relax",
    { title: "Report, then relax", due: "2026-11-05", parts: [["date", "due tomorrow", "Tomorrow"]] },
  ],
  [
    "Groceries #food #Food #errands",
    {
      title: "Groceries",
      tags: ["food", "errands"],
      parts: [
        ["tag", "#food", "#food"],
        ["tag", "#Food", "#food"],
        ["tag", "#errands", "#errands"],
      ],
    },
  ],
  ["Email a@b.com 5pm", { title: "Email a@b.com", due: "2026-11-04 17:00", parts: [["date", "5pm", "Today 17:00"]] }],
  ["tomorrow", { title: "tomorrow" }],
  ["#work !high", { title: "#work !high" }],
  ['Book flights "next friday"', { title: 'Book flights "next friday"' }],
  [
    'Dangling "quote tomorrow',
    { title: 'Dangling "quote', due: "2026-11-05", parts: [["date", "tomorrow", "Tomorrow"]] },
  ],
  ['"Call May tomorrow"', { title: '"Call May tomorrow"' }],
  ["Call Sam @ 3pm", { title: "Call Sam", due: "2026-11-04 15:00", parts: [["date", "@ 3pm", "Today 15:00"]] }],
  [
    "Renew passport next month",
    { title: "Renew passport", due: "2026-12-04", parts: [["date", "next month", "Dec 4"]] },
  ],
  ["Finish thesis next week", { title: "Finish thesis", due: "2026-11-11", parts: [["date", "next week", "Nov 11"]] }],
  [
    "Conference call 2-3pm",
    { title: "Conference call", due: "2026-11-05 14:00", parts: [["date", "2-3pm", "Tomorrow 14:00"]] },
  ],
  ["Lunch at noon", { title: "Lunch", due: "2026-11-05 12:00", parts: [["date", "at noon", "Tomorrow 12:00"]] }],
  [
    "Submit by midnight",
    { title: "Submit", due: "2026-11-05 00:00", parts: [["date", "by midnight", "Tomorrow 00:00"]] },
  ],
  ["Pay bills end of month", { title: "Pay bills", due: "2026-11-30", parts: [["date", "end of month", "Nov 30"]] }],
  [
    "Call grandma on Sunday afternoon",
    { title: "Call grandma", due: "2026-11-08", parts: [["date", "on Sunday afternoon", "Sunday"]] },
  ],
  [
    "Doctor appointment Jan 15 at 10am",
    { title: "Doctor appointment", due: "2027-01-15 10:00", parts: [["date", "Jan 15 at 10am", "Jan 15, 2027 10:00"]] },
  ],
  [
    "Submit taxes April 15",
    { title: "Submit taxes", due: "2027-04-15", parts: [["date", "April 15", "Apr 15, 2027"]] },
  ],
  ["Book review 12/25", { title: "Book review", due: "2026-12-25", parts: [["date", "12/25", "Dec 25"]] }],
  ["Add 1/2 cup sugar", { title: "Add 1/2 cup sugar" }],
  [
    "Project kickoff 2026-12-01",
    { title: "Project kickoff", due: "2026-12-01", parts: [["date", "2026-12-01", "Dec 1"]] },
  ],
  [
    "Meeting tomorrow at 10",
    { title: "Meeting", due: "2026-11-05 10:00", parts: [["date", "tomorrow at 10", "Tomorrow 10:00"]] },
  ],
  [
    "Call back in 2 hours",
    { title: "Call back", due: "2026-11-04 16:30", parts: [["date", "in 2 hours", "Today 16:30"]] },
  ],
  [
    "Check the oven in 30 minutes",
    { title: "Check the oven", due: "2026-11-04 15:00", parts: [["date", "in 30 minutes", "Today 15:00"]] },
  ],
  [
    "Yoga every weekend",
    {
      title: "Yoga",
      due: "2026-11-07",
      repeat: "FREQ=WEEKLY;BYDAY=SA,SU",
      parts: [["repeat", "every weekend", "Every weekend"]],
    },
  ],
  [
    "Newsletter every 2 weeks on monday",
    {
      title: "Newsletter",
      due: "2026-11-09",
      repeat: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
      parts: [["repeat", "every 2 weeks on monday", "Every 2 weeks on Mon"]],
    },
  ],
  [
    "Payroll every month on the last day",
    {
      title: "Payroll",
      due: "2026-11-30",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=-1",
      parts: [["repeat", "every month on the last day", "Every month on the last day"]],
    },
  ],
  [
    "Board meeting every 2nd tuesday",
    {
      title: "Board meeting",
      due: "2026-11-10",
      repeat: "FREQ=MONTHLY;BYDAY=2TU",
      parts: [["repeat", "every 2nd tuesday", "Every month on the 2nd Tue"]],
    },
  ],
  [
    "Mom's birthday every Dec 24",
    {
      title: "Mom's birthday",
      due: "2026-12-24",
      repeat: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24",
      parts: [["repeat", "every Dec 24", "Every year on Dec 24"]],
    },
  ],
  [
    "Anniversary every year on March 3",
    {
      title: "Anniversary",
      due: "2027-03-03",
      repeat: "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3",
      parts: [["repeat", "every year on March 3", "Every year on Mar 3"]],
    },
  ],
  [
    "Daily standup 9:15",
    {
      title: "standup",
      due: "2026-11-05 09:15",
      repeat: "FREQ=DAILY",
      parts: [
        ["repeat", "Daily", "Every day"],
        ["date", "9:15", "09:15"],
      ],
    },
  ],
  [
    "Weekly review friday 4pm",
    {
      title: "review",
      due: "2026-11-06 16:00",
      repeat: "FREQ=WEEKLY",
      parts: [
        ["repeat", "Weekly", "Every week"],
        ["date", "friday 4pm", "Friday 16:00"],
      ],
    },
  ],
  ["Stretch every hour", { title: "Stretch every hour" }],
  [
    "Backup every 3 months",
    {
      title: "Backup",
      due: "2026-11-04",
      repeat: "FREQ=MONTHLY;INTERVAL=3",
      parts: [["repeat", "every 3 months", "Every 3 months"]],
    },
  ],
  [
    "Water the garden every day at 7am",
    {
      title: "Water the garden",
      due: "2026-11-05 07:00",
      repeat: "FREQ=DAILY",
      parts: [
        ["repeat", "every day", "Every day"],
        ["date", "at 7am", "07:00"],
      ],
    },
  ],
  [
    "Vitamins every morning",
    { title: "Vitamins", due: "2026-11-04", repeat: "FREQ=DAILY", parts: [["repeat", "every morning", "Every day"]] },
  ],
  [
    "Quarterly taxes every quarter",
    {
      title: "Quarterly taxes",
      due: "2026-11-04",
      repeat: "FREQ=MONTHLY;INTERVAL=3",
      parts: [["repeat", "every quarter", "Every 3 months"]],
    },
  ],
  [
    "Haircut every 6 weeks",
    {
      title: "Haircut",
      due: "2026-11-04",
      repeat: "FREQ=WEEKLY;INTERVAL=6",
      parts: [["repeat", "every 6 weeks", "Every 6 weeks"]],
    },
  ],
  [
    "Pay rent every 1st",
    {
      title: "Pay rent",
      due: "2026-12-01",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=1",
      parts: [["repeat", "every 1st", "Every month on the 1st"]],
    },
  ],
  [
    "Invoice clients every 1st and 15th",
    {
      title: "Invoice clients",
      due: "2026-11-15",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=1,15",
      parts: [["repeat", "every 1st and 15th", "Every month on the 1st and 15th"]],
    },
  ],
  [
    "Clean fridge every other saturday",
    {
      title: "Clean fridge",
      due: "2026-11-07",
      repeat: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
      parts: [["repeat", "every other saturday", "Every 2 weeks on Sat"]],
    },
  ],
  [
    "Piano lesson every thursday 4:30pm",
    {
      title: "Piano lesson",
      due: "2026-11-05 16:30",
      repeat: "FREQ=WEEKLY;BYDAY=TH",
      parts: [
        ["repeat", "every thursday", "Every Thu"],
        ["date", "4:30pm", "16:30"],
      ],
    },
  ],
  [
    "Refill pills every! 30 days",
    {
      title: "Refill pills",
      due: "2026-11-04",
      repeat: "FREQ=DAILY;INTERVAL=30 after completion",
      parts: [["repeat", "every! 30 days", "Every 30 days after completion"]],
    },
  ],
  [
    "Call dad every sunday 10 times",
    {
      title: "Call dad",
      due: "2026-11-08",
      repeat: "FREQ=WEEKLY;BYDAY=SU;COUNT=10",
      parts: [["repeat", "every sunday 10 times", "Every Sun, 10 times"]],
    },
  ],
  [
    "Sprint review every 2 weeks until Dec 31",
    {
      title: "Sprint review",
      due: "2026-11-04",
      repeat: "FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231",
      parts: [["repeat", "every 2 weeks until Dec 31", "Every 2 weeks until Dec 31"]],
    },
  ],
  [
    "Flu shot every year after completion",
    {
      title: "Flu shot",
      due: "2026-11-04",
      repeat: "FREQ=YEARLY after completion",
      parts: [["repeat", "every year after completion", "Every year after completion"]],
    },
  ],
  ["Meeting with the Dec team", { title: "Meeting with the Dec team" }],
  ["Send March report", { title: "Send March report" }],
  ["Call Jan", { title: "Call Jan" }],
  ["Buy 3 days of food", { title: "Buy 3 days of food" }],
  ["Wait a week", { title: "Wait a week" }],
  ["Deploy v1.10", { title: "Deploy v1.10" }],
  ["Season 2 episode 5", { title: "Season 2 episode 5" }],
  ["Top 10 movies", { title: "Top 10 movies" }],
  ["Sun cream", { title: "Sun cream" }],
  ["Meet Sam on Wed", { title: "Meet Sam", due: "2026-11-04", parts: [["date", "on Wed", "Today"]] }],
  ["Gym Wed 6pm", { title: "Gym", due: "2026-11-04 18:00", parts: [["date", "Wed 6pm", "Today 18:00"]] }],
  ["Gym Mon 7am", { title: "Gym", due: "2026-11-09 07:00", parts: [["date", "Mon 7am", "Monday 07:00"]] }],
  [
    "Fly to Paris Friday 8:15am",
    { title: "Fly to Paris", due: "2026-11-06 08:15", parts: [["date", "Friday 8:15am", "Friday 08:15"]] },
  ],
  [
    "Finish essay by tomorrow night",
    { title: "Finish essay", due: "2026-11-05", parts: [["date", "by tomorrow night", "Tomorrow"]] },
  ],
  [
    "Party Saturday at 8pm",
    { title: "Party", due: "2026-11-07 20:00", parts: [["date", "Saturday at 8pm", "Saturday 20:00"]] },
  ],
  [
    "Pick up kids at 3:15",
    { title: "Pick up kids", due: "2026-11-04 15:15", parts: [["date", "at 3:15", "Today 15:15"]] },
  ],
  ["Wake up at 6am", { title: "Wake up", due: "2026-11-05 06:00", parts: [["date", "at 6am", "Tomorrow 06:00"]] }],
  ["Train at 07:45", { title: "Train", due: "2026-11-05 07:45", parts: [["date", "at 07:45", "Tomorrow 07:45"]] }],
  ["Call at 17:00", { title: "Call", due: "2026-11-04 17:00", parts: [["date", "at 17:00", "Today 17:00"]] }],
  [
    "Breakfast with Ana 8:30",
    { title: "Breakfast with Ana", due: "2026-11-05 08:30", parts: [["date", "8:30", "Tomorrow 08:30"]] },
  ],
  [
    "Return library books within 3 days",
    { title: "Return library books", due: "2026-11-07", parts: [["date", "within 3 days", "Saturday"]] },
  ],
  [
    "Follow up 2 weeks from now",
    { title: "Follow up", due: "2026-11-18", parts: [["date", "2 weeks from now", "Nov 18"]] },
  ],
  [
    "Renew license the day after tomorrow",
    { title: "Renew license", due: "2026-11-06", parts: [["date", "the day after tomorrow", "Friday"]] },
  ],
  [
    "Renew license day after tomorrow",
    { title: "Renew license", due: "2026-11-06", parts: [["date", "day after tomorrow", "Friday"]] },
  ],
  [
    "Taxes ^work !medium",
    {
      title: "Taxes",
      priority: "medium",
      listId: 4,
      parts: [
        ["list", "^work", "Work"],
        ["priority", "!medium", "Medium"],
      ],
    },
  ],
  ["Fix the roof ^Home Reno", { title: "Fix the roof", listId: 3, parts: [["list", "^Home Reno", "Home Reno"]] }],
  ["Paint ^Homework", { title: "Paint ^Homework" }],
  ["Ideas ^Someday", { title: "Ideas ^Someday" }],
  ["Buy milk !low", { title: "Buy milk", priority: "low", parts: [["priority", "!low", "Low"]] }],
  ["Buy milk !urgent", { title: "Buy milk !urgent" }],
  ["Buy milk!high", { title: "Buy milk!high" }],
  ["Taxes !2", { title: "Taxes", priority: "medium", parts: [["priority", "!2", "Medium"]] }],
  [
    "Fix login page #bug #frontend !high tomorrow 10am",
    {
      title: "Fix login page",
      tags: ["bug", "frontend"],
      priority: "high",
      due: "2026-11-05 10:00",
      parts: [
        ["tag", "#bug", "#bug"],
        ["tag", "#frontend", "#frontend"],
        ["priority", "!high", "High"],
        ["date", "tomorrow 10am", "Tomorrow 10:00"],
      ],
    },
  ],
  ["#work Prepare slides", { title: "Prepare slides", tags: ["work"], parts: [["tag", "#work", "#work"]] }],
  [
    "Buy milk #shopping, eggs",
    { title: "Buy milk, eggs", tags: ["shopping"], parts: [["tag", "#shopping", "#shopping"]] },
  ],
  ["Learn #c# basics", { title: "Learn basics", tags: ["c#"], parts: [["tag", "#c#", "#c#"]] }],
  ["Note #abcdefghijklmnopqrstuvwxyzabcdefg", { title: "Note #abcdefghijklmnopqrstuvwxyzabcdefg" }],
  [
    "Tags #a1 #a2 #a3 #a4 #a5 #a6 #a7 #a8 #a9 #a10 #a11",
    {
      title: "Tags #a11",
      tags: ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"],
      parts: [
        ["tag", "#a1", "#a1"],
        ["tag", "#a2", "#a2"],
        ["tag", "#a3", "#a3"],
        ["tag", "#a4", "#a4"],
        ["tag", "#a5", "#a5"],
        ["tag", "#a6", "#a6"],
        ["tag", "#a7", "#a7"],
        ["tag", "#a8", "#a8"],
        ["tag", "#a9", "#a9"],
        ["tag", "#a10", "#a10"],
      ],
    },
  ],
  ["Buy tomorrow's paper", { title: "Buy tomorrow's paper" }],
  ["Call 5pm EST", { title: "Call 5pm EST" }],
  [
    "Meet at the café at 6",
    { title: "Meet at the café", due: "2026-11-04 18:00", parts: [["date", "at 6", "Today 18:00"]] },
  ],
  [
    "Read 1/3 of the book by Friday",
    { title: "Read 1/3 of the book", due: "2026-11-06", parts: [["date", "by Friday", "Friday"]] },
  ],
  [
    "Send invoice Friday ^Work #billing !medium",
    {
      title: "Send invoice",
      tags: ["billing"],
      priority: "medium",
      listId: 4,
      due: "2026-11-06",
      parts: [
        ["date", "Friday", "Friday"],
        ["list", "^Work", "Work"],
        ["tag", "#billing", "#billing"],
        ["priority", "!medium", "Medium"],
      ],
    },
  ],
  [
    "Renew subscription every month",
    {
      title: "Renew subscription",
      due: "2026-11-04",
      repeat: "FREQ=MONTHLY",
      parts: [["repeat", "every month", "Every month"]],
    },
  ],
  [
    "Pay rent every month on the first",
    {
      title: "Pay rent",
      due: "2026-12-01",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=1",
      parts: [["repeat", "every month on the first", "Every month on the 1st"]],
    },
  ],
  [
    "Water plants every 3 days from completion",
    {
      title: "Water plants",
      due: "2026-11-04",
      repeat: "FREQ=DAILY;INTERVAL=3 after completion",
      parts: [["repeat", "every 3 days from completion", "Every 3 days after completion"]],
    },
  ],
  [
    "Call mom every sunday at 6pm #family",
    {
      title: "Call mom",
      tags: ["family"],
      due: "2026-11-08 18:00",
      repeat: "FREQ=WEEKLY;BYDAY=SU",
      parts: [
        ["repeat", "every sunday", "Every Sun"],
        ["date", "at 6pm", "18:00"],
        ["tag", "#family", "#family"],
      ],
    },
  ],
  [
    "Release notes every last friday of the month",
    {
      title: "Release notes",
      due: "2026-11-27",
      repeat: "FREQ=MONTHLY;BYDAY=-1FR",
      parts: [["repeat", "every last friday of the month", "Every month on the last Fri"]],
    },
  ],
  [
    "Bins every thursday night",
    {
      title: "Bins",
      due: "2026-11-05",
      repeat: "FREQ=WEEKLY;BYDAY=TH",
      parts: [["repeat", "every thursday night", "Every Thu"]],
    },
  ],
  [
    "Check smoke alarms every 6 months",
    {
      title: "Check smoke alarms",
      due: "2026-11-04",
      repeat: "FREQ=MONTHLY;INTERVAL=6",
      parts: [["repeat", "every 6 months", "Every 6 months"]],
    },
  ],
  [
    "Visit grandma every other sunday",
    {
      title: "Visit grandma",
      due: "2026-11-08",
      repeat: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU",
      parts: [["repeat", "every other sunday", "Every 2 weeks on Sun"]],
    },
  ],
  [
    "Pay mortgage monthly on the 5th",
    {
      title: "Pay mortgage",
      due: "2026-11-05",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=5",
      parts: [["repeat", "monthly on the 5th", "Every month on the 5th"]],
    },
  ],
  [
    "Weekly report weekly on friday",
    {
      title: "Weekly report",
      due: "2026-11-06",
      repeat: "FREQ=WEEKLY;BYDAY=FR",
      parts: [["repeat", "weekly on friday", "Every Fri"]],
    },
  ],
  [
    "Bins every thursday night",
    {
      title: "Bins",
      due: "2026-11-05",
      repeat: "FREQ=WEEKLY;BYDAY=TH",
      parts: [["repeat", "every thursday night", "Every Thu"]],
    },
  ],
  [
    "Clean garage at the weekend",
    { title: "Clean garage", due: "2026-11-07", parts: [["date", "at the weekend", "Saturday"]] },
  ],
  [
    "Look at the tomorrow list",
    { title: "Look at the list", due: "2026-11-05", parts: [["date", "tomorrow", "Tomorrow"]] },
  ],
];

const newYearsEveRows: Row[] = [
  ["Call mom tomorrow", { title: "Call mom", due: "2027-01-01", parts: [["date", "tomorrow", "Tomorrow"]] }],
  ["Fireworks tonight", { title: "Fireworks", due: "2026-12-31", parts: [["date", "tonight", "Today"]] }],
  [
    "New year's resolutions Jan 1",
    { title: "New year's resolutions", due: "2027-01-01", parts: [["date", "Jan 1", "Tomorrow"]] },
  ],
  [
    "Backup every year on Dec 31",
    {
      title: "Backup",
      due: "2026-12-31",
      repeat: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
      parts: [["repeat", "every year on Dec 31", "Every year on Dec 31"]],
    },
  ],
  ["Review Dec 31", { title: "Review", due: "2026-12-31", parts: [["date", "Dec 31", "Today"]] }],
  [
    "Countdown at 11:45pm",
    { title: "Countdown", due: "2026-12-31 23:45", parts: [["date", "at 11:45pm", "Today 23:45"]] },
  ],
  [
    "Countdown at 11pm",
    { title: "Countdown", due: "2027-01-01 23:00", parts: [["date", "at 11pm", "Tomorrow 23:00"]] },
  ],
  ["Review next week", { title: "Review", due: "2027-01-07", parts: [["date", "next week", "Jan 7, 2027"]] }],
  [
    "Pay invoice in 30 minutes",
    { title: "Pay invoice", due: "2027-01-01 00:00", parts: [["date", "in 30 minutes", "Tomorrow 00:00"]] },
  ],
  [
    "Plan the year every January 2nd",
    {
      title: "Plan the year",
      due: "2027-01-02",
      repeat: "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=2",
      parts: [["repeat", "every January 2nd", "Every year on Jan 2"]],
    },
  ],
  [
    "Monthly report every month on the 31st",
    {
      title: "Monthly report",
      due: "2026-12-31",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=31",
      parts: [["repeat", "every month on the 31st", "Every month on the 31st"]],
    },
  ],
  [
    "Gym every monday",
    {
      title: "Gym",
      due: "2027-01-04",
      repeat: "FREQ=WEEKLY;BYDAY=MO",
      parts: [["repeat", "every monday", "Every Mon"]],
    },
  ],
  ["Taxes April 15", { title: "Taxes", due: "2027-04-15", parts: [["date", "April 15", "Apr 15, 2027"]] }],
  ["Buy gifts Dec 24", { title: "Buy gifts", due: "2027-12-24", parts: [["date", "Dec 24", "Dec 24, 2027"]] }],
  ["Mars 2030", { title: "Mars 2030" }],
  ["Gym Monday", { title: "Gym", due: "2027-01-04", parts: [["date", "Monday", "Monday"]] }],
];

const endOfFebruaryRows: Row[] = [
  ["Call mom tomorrow", { title: "Call mom", due: "2027-03-01", parts: [["date", "tomorrow", "Tomorrow"]] }],
  ["Leap day party Feb 29", { title: "Leap day party Feb 29" }],
  [
    "Leap day party every year on Feb 29",
    {
      title: "Leap day party",
      due: "2028-02-29",
      repeat: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
      parts: [["repeat", "every year on Feb 29", "Every year on Feb 29"]],
    },
  ],
  [
    "Pay every month on the 30th",
    {
      title: "Pay",
      due: "2027-03-30",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=30",
      parts: [["repeat", "every month on the 30th", "Every month on the 30th"]],
    },
  ],
  [
    "Accounts every last day of the month",
    {
      title: "Accounts",
      due: "2027-02-28",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=-1",
      parts: [["repeat", "every last day of the month", "Every month on the last day"]],
    },
  ],
  [
    "Accounts every month on the last day 9pm",
    {
      title: "Accounts",
      due: "2027-02-28 21:00",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=-1",
      parts: [
        ["repeat", "every month on the last day", "Every month on the last day"],
        ["date", "9pm", "21:00"],
      ],
    },
  ],
  [
    "Rent every 1st",
    {
      title: "Rent",
      due: "2027-03-01",
      repeat: "FREQ=MONTHLY;BYMONTHDAY=1",
      parts: [["repeat", "every 1st", "Every month on the 1st"]],
    },
  ],
  ["Pay bills end of month", { title: "Pay bills", due: "2027-02-28", parts: [["date", "end of month", "Today"]] }],
  ["Review next month", { title: "Review", due: "2027-03-28", parts: [["date", "next month", "Mar 28"]] }],
  ["Follow up in 1 week", { title: "Follow up", due: "2027-03-07", parts: [["date", "in 1 week", "Mar 7"]] }],
  ["Church Sunday 10am", { title: "Church", due: "2027-03-07 10:00", parts: [["date", "Sunday 10am", "Mar 7 10:00"]] }],
  ["Brunch Sunday", { title: "Brunch", due: "2027-02-28", parts: [["date", "Sunday", "Today"]] }],
  [
    "Standup every weekday",
    {
      title: "Standup",
      due: "2027-03-01",
      repeat: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
      parts: [["repeat", "every weekday", "Every weekday"]],
    },
  ],
];

const leapYearRows: Row[] = [
  ["Call mom tomorrow", { title: "Call mom", due: "2028-02-29", parts: [["date", "tomorrow", "Tomorrow"]] }],
  ["Leap day party Feb 29", { title: "Leap day party", due: "2028-02-29", parts: [["date", "Feb 29", "Tomorrow"]] }],
  [
    "Every year on Feb 29 celebrate",
    {
      title: "celebrate",
      due: "2028-02-29",
      repeat: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
      parts: [["repeat", "Every year on Feb 29", "Every year on Feb 29"]],
    },
  ],
];

describe.each([
  ["Monday 2026-11-02 at 08:00", { today: "2026-11-02", now: "08:00" }, mondayRows],
  ["Wednesday 2026-11-04 at 14:30", { today: "2026-11-04", now: "14:30" }, wednesdayRows],
  ["Thursday 2026-12-31 at 23:30", { today: "2026-12-31", now: "23:30" }, newYearsEveRows],
  ["Sunday 2027-02-28 at 12:00, no leap year", { today: "2027-02-28", now: "12:00" }, endOfFebruaryRows],
  ["Monday 2028-02-28 at 12:00, a leap year", { today: "2028-02-28", now: "12:00" }, leapYearRows],
] as const)("on %s", (_, clock, rows) => {
  it.each(rows)("reads %j", (text, expected) => {
    expect(parseQuickAdd(text, { ...clock, lists: LISTS })).toEqual(expectedResult(text, expected));
  });
});
