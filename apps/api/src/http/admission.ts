import type { IncomingMessage } from 'node:http';

export interface AdmissionLimits {
  /** API calls worked on at once; the rest wait their turn. */
  maxConcurrentCalls: number;
  /** Calls waiting at most; one more is refused at once. */
  maxQueuedCalls: number;
  /** Longest wait for a turn; a call still waiting then is refused. */
  maxQueueWaitMs: number;
}

/** Ends a call's turn, letting the first waiting call start. Calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  start: (release: Release | undefined) => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission control: at most `maxConcurrentCalls` API calls are worked on at once, up to `maxQueuedCalls` more wait in
 * arrival order, and past those bounds a call is refused at once (Throttling, as AWS answers more calls than it serves;
 * SDKs retry it with backoff). Work the event loop holds at any moment is bounded by it, so that a flood of calls
 * cannot hold /healthz, which is never queued, behind thousands of parses, validations and query results, and memory
 * grows with the bound rather than with the number of connections. Calls ask for their turn once their body is read:
 * a client slow to send its body holds no turn (the header and request timeouts bound it). (p-limit queues without a
 * bound or a deadline.)
 */
export class Admission {
  #running = 0;
  // A Set keeps insertion order (the queue) and deletes a waiter that gave up in O(1).
  readonly #waiting = new Set<Waiter>();

  constructor(private readonly limits: AdmissionLimits) {}

  /** Resolves with the call's Release once it may run, or undefined when it is refused (queue full, waited too long). */
  admit(): Promise<Release | undefined> {
    if (this.#running < this.limits.maxConcurrentCalls) {
      this.#running += 1;
      return Promise.resolve(this.#release());
    }
    if (this.#waiting.size >= this.limits.maxQueuedCalls) return Promise.resolve(undefined);
    return new Promise((start) => {
      const waiter: Waiter = {
        start,
        timer: setTimeout(() => {
          this.#waiting.delete(waiter);
          start(undefined);
        }, this.limits.maxQueueWaitMs),
      };
      this.#waiting.add(waiter);
    });
  }

  #release(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const [next] = this.#waiting;
      if (!next) {
        this.#running -= 1;
        return;
      }
      // The turn passes straight to the first waiter: the number running stays the same.
      this.#waiting.delete(next);
      clearTimeout(next.timer);
      next.start(this.#release());
    };
  }
}

export const throttledMessage = 'Rate exceeded';

/**
 * Runs a call's `work` in its turn, or `refuse` when it gets none. A call whose client went away while it waited is
 * dropped without being worked on.
 */
export async function inTurn(admission: Admission, req: IncomingMessage, work: () => Promise<void>, refuse: () => void): Promise<void> {
  const release = await admission.admit();
  if (!release) return refuse();
  try {
    if (!req.socket.destroyed) await work();
  } finally {
    release();
  }
}
