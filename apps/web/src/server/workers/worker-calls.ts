/** A call to a worker thread (idle-worker.ts), answered by answer-calls.ts. */
export interface WorkerCall<Request> {
  id: number;
  request: Request;
}

/** Its result, or why there is none. */
export type WorkerReply<Result> = { id: number; result: Result } | { id: number; failure: string };

/** The thread answered, and what it answered is that the work threw: the thread itself is fine. */
export class WorkerCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerCallError";
  }
}
