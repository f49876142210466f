/** The keys of the tasks page, as the help dialog lists them (the handlers live in task-app.tsx and task-list.tsx). */
export const SHORTCUT_GROUPS = [
  {
    title: "Anywhere",
    keys: [
      [["Ctrl", "K"], "Command palette (⌘K on a Mac)"],
      [["n"], "New task"],
      [["/"], "Search"],
      [["Ctrl", "Z"], "Undo the last delete or completion"],
      [["?"], "This help"],
    ],
  },
  {
    title: "In the list",
    keys: [
      [["↑"], "Previous task (or k)"],
      [["↓"], "Next task (or j)"],
      [["Home"], "First task"],
      [["End"], "Last task"],
      [["x"], "Complete or reopen (or Space)"],
      [["Enter"], "Edit the title (or e)"],
      [["o"], "Open details"],
      [["Delete"], "Delete (or #)"],
      [["."], "More actions"],
      [["Alt", "↑"], "Move the task up (My order; a list in the sidebar too)"],
      [["Alt", "↓"], "Move the task down (My order; a list in the sidebar too)"],
      [["Esc"], "Cancel an edit, close a panel"],
    ],
  },
] as const satisfies readonly { title: string; keys: readonly (readonly [readonly string[], string])[] }[];
