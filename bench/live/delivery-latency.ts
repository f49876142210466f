import type { ChangeStreamMessage } from "@todo/contracts";
import { round } from "../report/results";
import { percentile } from "../support/percentile";
import { completeTask, createTask } from "./task-writes";
import { openUserStream } from "./user-stream";

export interface LatencyFigures {
  changes: number;
  /** Changes written and never received on the other instance's stream. */
  missing: number;
  /** From sending the write on A to the change arriving on B's stream: what a user on another device waits. */
  sent_p50_ms: number;
  sent_p99_ms: number;
  /** From the write's answer on A (its commit done) to the change on B: the feed's own delay. */
  answered_p50_ms: number;
  answered_p99_ms: number;
  /** The writes' own time on A, for comparison. */
  write_p50_ms: number;
}

// The last changes may still be on their way when the last write is answered.
const DRAIN_MS = 5_000;

/** The key a change is awaited by: a created task by its (unique) title, a completion by the task's id. */
function keyOf(message: ChangeStreamMessage): string | null {
  if (message.kind !== "change") return null;
  const { change } = message;
  if (change.type === "task.created") return `created ${change.data.title}`;
  if (change.type === "task.updated" && change.data.completed) return `completed ${change.id}`;
  return null;
}

/**
 * `changes` task writes on instance A (half creations, half completions, by `writers` writers at once), each
 * timed until it arrives on the user's stream on instance B.
 */
export async function deliveryLatency(
  a: string,
  b: string,
  user: { userId: string; token: string },
  { changes, writers }: { changes: number; writers: number },
): Promise<LatencyFigures> {
  const arrived = new Map<string, number>();
  const stream = openUserStream(b, user, (message, at) => {
    const key = keyOf(message);
    if (key) arrived.set(key, at);
  });
  await stream.ready;
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();
  const writes: number[] = [];
  const timed = async <T>(key: (value: T) => string, write: () => Promise<T>) => {
    const start = performance.now();
    const value = await write();
    const end = performance.now();
    sent.set(key(value), start);
    answered.set(key(value), end);
    writes.push(end - start);
    return value;
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < changes / 2) {
        const title = `Live latency ${next++}`;
        const id = await timed(
          () => `created ${title}`,
          () => createTask(a, user, title),
        );
        await timed(
          () => `completed ${id}`,
          () => completeTask(a, user, id),
        );
      }
    }),
  );
  const deadline = performance.now() + DRAIN_MS;
  while ([...sent.keys()].some((key) => !arrived.has(key)) && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  stream.close();

  const received = [...sent.keys()].filter((key) => arrived.has(key));
  const since = (from: Map<string, number>) =>
    received.map((key) => Math.max(0, (arrived.get(key) ?? 0) - (from.get(key) ?? 0)));
  const [fromSent, fromAnswer] = [since(sent), since(answered)];
  return {
    changes: sent.size,
    missing: sent.size - received.length,
    sent_p50_ms: round(percentile(fromSent, 50), 1),
    sent_p99_ms: round(percentile(fromSent, 99), 1),
    answered_p50_ms: round(percentile(fromAnswer, 50), 1),
    answered_p99_ms: round(percentile(fromAnswer, 99), 1),
    write_p50_ms: round(percentile(writes, 50), 1),
  };
}
