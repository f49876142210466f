import { UndoneError } from "@/hooks/tasks/delete-task";

/**
 * One open offer to undo: it runs out `ms` after the last thing joined it (so quick successive
 * deletes share one offer and one toast), or is taken, which rejects `settled` with `UndoneError`.
 */
export class UndoOffer {
  readonly settled: Promise<void>;
  #resolve!: () => void;
  #reject!: (error: Error) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #open = true;
  count = 0;

  constructor(private readonly ms: number) {
    this.settled = new Promise<void>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // Nobody may be listening yet when it is taken: that is not an unhandled rejection.
    this.settled.catch(() => {});
  }

  get open(): boolean {
    return this.#open;
  }

  /** Adds `n` things to the offer and restarts its time. */
  join(n: number): void {
    this.count += n;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#close(() => this.#resolve()), this.ms);
  }

  /** Undo: everything that joined comes back. */
  take(): void {
    this.#close(() => this.#reject(new UndoneError()));
  }

  /** Ends the offer now without undoing (the page is closing). */
  runOut(): void {
    this.#close(() => this.#resolve());
  }

  #close(settle: () => void) {
    if (!this.#open) return;
    this.#open = false;
    clearTimeout(this.#timer);
    settle();
  }
}
