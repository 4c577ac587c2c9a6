import { HttpError } from 'ra-core';

/**
 * The Idempotency-Key of 提出. One key per submission the user asks for; a retry of the same submission — an
 * automatic one after a lost connection, or the user clicking again after such a failure — reuses it, so the
 * API submits at most once and answers the retry with the first result. A definite answer (done, or refused
 * with a reason to fix) retires the key: the next click is a new submission.
 */
export class SubmitKeys {
  private current: string | undefined;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key for this attempt: the unsettled one if a previous attempt's outcome is unknown, else a new one. */
  key(): string {
    this.current ??= this.newKey();
    return this.current;
  }

  /** After an attempt: keep the key when the outcome is unknown (retryable), retire it otherwise. */
  settle(error?: unknown): void {
    if (error === undefined || !isRetryable(error)) this.current = undefined;
  }

  /** Whether an attempt with an unknown outcome is waiting to be retried with the same key. */
  get unsettled(): boolean {
    return this.current !== undefined;
  }
}

/**
 * Whether the outcome of a request is unknown, so that it is retried with the same key: no response at all
 * (fetch's TypeError), a server or gateway error (5xx), or 409 — the API still processing the first request.
 * A 4xx answer (422: fix the fields) is definite.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof HttpError) return error.status >= 500 || error.status === 409 || error.status === 0;
  return error instanceof TypeError;
}

/**
 * Runs `attempt` with the key, retrying a retryable failure up to `retries` times after `waitMs` (doubling).
 * The same key goes with every retry.
 */
export async function withRetries<T>(attempt: () => Promise<T>, options: { retries: number; waitMs: number; sleep?: (ms: number) => Promise<void> }): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= options.retries || !isRetryable(error)) throw error;
      await sleep(options.waitMs * 2 ** i);
    }
  }
}
