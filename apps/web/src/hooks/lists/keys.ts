import { taskKeys } from "@/hooks/tasks/keys";

/**
 * The user's lists (the sidebar). Kept under the tasks' prefix on purpose: every task write
 * refreshes `taskKeys.all`, and with it the lists' open counts.
 */
export const listKeys = {
  all: (userId: string) => [...taskKeys.all(userId), "user-lists"] as const,
};
