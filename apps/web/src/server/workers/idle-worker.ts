import type { Worker } from "node:worker_threads";
import { type WorkerCall, WorkerCallError, type WorkerReply } from "./worker-calls";

interface Pending<Result> {
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * A worker thread started by the first call and ended `idleMs` after the last answer, for work whose memory should
 * not stay in the server's own heap between uses. Calls are answered by `answerCalls` in the worker; a thread that
 * fails or exits rejects the calls it held, and the next call starts another. It never keeps the process alive.
 */
export class IdleWorker<Request, Result> {
  private worker: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending<Result>>();

  /** `start` makes the thread: `new Worker(new URL("./…", import.meta.url))`, which Next.js's bundler follows. */
  constructor(
    private readonly start: () => Worker,
    private readonly idleMs: number,
  ) {}

  /**
   * The thread's answer; rejected with a `WorkerCallError` when the work threw in the thread or the request could not
   * be sent to it, with another error when the thread cannot start, fails or exits before answering.
   */
  call(request: Request): Promise<Result> {
    let worker: Worker;
    try {
      worker = this.worker ?? this.started();
    } catch (error) {
      // `new Worker` throws at once for some failures (no such file, too many threads); others come as "error".
      return Promise.reject(error);
    }
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ id, request } satisfies WorkerCall<Request>);
      } catch (error) {
        // A request the structured clone cannot copy (a function, say) never reaches the thread: the call's fault.
        this.pending.delete(id);
        reject(new WorkerCallError(error instanceof Error ? error.message : String(error), { cause: error }));
        if (this.pending.size === 0) this.endWhenIdle();
      }
    });
  }

  /** Whether the thread is running now. */
  get running(): boolean {
    return this.worker !== null;
  }

  private started(): Worker {
    const worker = this.start();
    worker.unref();
    worker.on("message", ({ id, ...reply }: WorkerReply<Result>) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if ("result" in reply) waiting?.resolve(reply.result);
      else waiting?.reject(new WorkerCallError(reply.failure));
      if (this.pending.size === 0) this.endWhenIdle();
    });
    worker.on("error", (error) => this.ended(worker, error));
    worker.on("exit", (code) => this.ended(worker, new Error(`the worker thread exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private endWhenIdle() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.pending.size > 0 || !this.worker) return;
      const idle = this.worker;
      this.worker = null;
      void idle.terminate();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private ended(worker: Worker, error: Error) {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
