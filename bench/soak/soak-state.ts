// What the soak knows of its users while it runs: the tasks free to work on and the writes acknowledged.
import type { Task } from "@todo/contracts";
import type { BenchUser } from "../load/bench-users";

export interface SoakUser {
  userId: string;
  token: string;
  /** Tasks no request is working on: a request takes one and puts it back once answered as expected. */
  idle: number[];
  seeded: number;
  /** Creates answered 201. */
  created: number;
  /** Deletes answered 204. */
  deleted: number;
  /** The `Link` rel="next" of the user's last list, for a later list to follow. */
  nextPage: string | undefined;
}

export interface SoakState {
  users: SoakUser[];
  /** Every live task the soak created or changed, as the app's last acknowledging answer gave it. */
  acknowledged: Map<number, Task>;
}

export function soakState(users: BenchUser[]): SoakState {
  return {
    users: users.map(({ userId, token, taskIds }) => ({
      userId,
      token,
      idle: [...taskIds],
      seeded: taskIds.length,
      created: 0,
      deleted: 0,
      nextPage: undefined,
    })),
    acknowledged: new Map(),
  };
}

export function randomItem<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

/** One of the user's idle tasks, taken at random (so that no two requests work on it at once). */
export function takeTask(user: SoakUser): number | undefined {
  const index = Math.floor(Math.random() * user.idle.length);
  const id = user.idle[index];
  const last = user.idle.pop();
  if (index < user.idle.length && last !== undefined) user.idle[index] = last;
  return id;
}
