/** A call to a worker thread (idle-worker.ts), answered by answer-calls.ts. */
export interface WorkerCall<Request> {
  id: number;
  request: Request;
}

/** Its result, or why there is none. */
export type WorkerReply<Result> = { id: number; result: Result } | { id: number; failure: string };

/**
 * The call failed, not the thread: the work threw in the thread, or the request could not be copied to it (a
 * function in it, say). The thread itself is fine.
 */
export class WorkerCallError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "WorkerCallError";
  }
}
