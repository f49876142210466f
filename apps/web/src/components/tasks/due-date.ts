/** Today's date where the user is, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function isOverdue(dueDate: string | null, completed: boolean): boolean {
  return dueDate !== null && !completed && dueDate < today();
}

export function formatDueDate(dueDate: string): string {
  const [year, month, day] = dueDate.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toLocaleDateString(undefined, {
    month: "short",
    day: "numeric",
    year: "numeric",
  });
}
