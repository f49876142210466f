import { type ChangeStreamMessage, createTodoClient } from "@todo/contracts";

export interface UserStream {
  /** Resolves once the stream has said where it starts: every change committed after that comes. */
  ready: Promise<void>;
  close: () => void;
}

/** One user's change stream on `appUrl`, each message handed to `onMessage` with the moment it arrived. */
export function openUserStream(
  appUrl: string,
  user: { userId: string; token: string },
  onMessage: (message: ChangeStreamMessage, at: number) => void,
): UserStream {
  const client = createTodoClient({ baseUrl: appUrl, getToken: () => user.token });
  const abort = new AbortController();
  let started: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  void (async () => {
    const result = await client.streamChanges(user.userId, { since: "now", signal: abort.signal });
    if (!result.ok) throw new Error(`the change stream answered ${result.problem.status}: ${result.problem.title}`);
    try {
      for await (const message of result.data) {
        if (message.kind === "position") started();
        onMessage(message, performance.now());
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return { ready, close: () => abort.abort() };
}
