import type { ListTasksQuery } from "../task-query";

/** The list's query string (with its `?`), from the parameters that are set; "" when none is. */
export function buildListQuery(query: Partial<Record<keyof ListTasksQuery, string | number | null>> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
