import type { Worker } from "node:worker_threads";

/** What a thread made by `idleWorker` is sent: a request, numbered so that its reply finds its caller. */
export interface WorkerRequest<Request> {
  id: number;
  request: Request;
}

/** What it sends back: the result, or why it failed. */
export type WorkerReply<Result> = { id: number; result: Result } | { id: number; error: string };

export interface IdleWorker<Request, Result> {
  /** Sends a request to the thread, starting it if it is not running. */
  call(request: Request): Promise<Result>;
  /** Whether the thread is running now. */
  running(): boolean;
}

interface Pending<Result> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread started on the first call and stopped `idleMs` after its last reply, so that what it holds (a
 * large table, a dictionary) is given back while no one needs it. `start` makes the Worker: the bundler sees its
 * `new Worker(new URL(…, import.meta.url))` there. The thread never keeps the process alive; if it dies, the calls
 * waiting on it fail and the next call starts another.
 */
export function idleWorker<Request, Result>(start: () => Worker, idleMs: number): IdleWorker<Request, Result> {
  let thread: { worker: Worker; pending: Map<number, Pending<Result>> } | null = null;
  let lastId = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  function stopWhenIdle(idle: NonNullable<typeof thread>): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (thread !== idle || idle.pending.size > 0) return;
      thread = null;
      void idle.worker.terminate();
    }, idleMs);
    idleTimer.unref();
  }

  function startThread(): NonNullable<typeof thread> {
    const started = { worker: start(), pending: new Map<number, Pending<Result>>() };
    started.worker.on("message", (reply: WorkerReply<Result>) => {
      const waiting = started.pending.get(reply.id);
      started.pending.delete(reply.id);
      if ("error" in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
      if (started.pending.size === 0) stopWhenIdle(started);
    });
    const fail = (error: Error) => {
      if (thread === started) thread = null;
      for (const { reject } of started.pending.values()) reject(error);
      started.pending.clear();
    };
    started.worker.on("error", fail);
    started.worker.on("exit", (code) => fail(new Error(`the worker thread exited (code ${code})`)));
    started.worker.unref();
    return started;
  }

  return {
    call(request) {
      thread ??= startThread();
      const { worker, pending } = thread;
      clearTimeout(idleTimer);
      return new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, request } satisfies WorkerRequest<Request>);
      });
    },
    running: () => thread !== null,
  };
}

/** The thread's side: answers each request with `handle`'s result, or its error's message. */
export function serveRequests<Request, Result>(
  port: {
    on(event: "message", listener: (message: WorkerRequest<Request>) => void): unknown;
    postMessage(reply: WorkerReply<Result>): void;
  },
  handle: (request: Request) => Result | Promise<Result>,
): void {
  port.on("message", async ({ id, request }) => {
    try {
      port.postMessage({ id, result: await handle(request) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
