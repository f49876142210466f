/** The look of the app's small inputs and selects (filters, new-task options, task details). */
export const controlClass =
  "rounded-lg border border-neutral-300 bg-white px-3 py-2 text-sm dark:border-neutral-700 dark:bg-neutral-900";
