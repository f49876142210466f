/** The user's settings: their own key, apart from the tasks' (a task write does not change them). */
export const settingsKeys = {
  all: (userId: string) => ["settings", userId] as const,
};
