import { MAX_TASK_ID } from "@todo/contracts";

/** The task a link names (`?task=12`), as the API would take its id; null for anything else. */
export function linkedTaskId(param: string | null): number | null {
  if (param === null || !/^[1-9]\d*$/.test(param)) return null;
  const id = Number(param);
  return id <= MAX_TASK_ID ? id : null;
}
