import { serverNow } from '../common/serverClock';

/**
 * The daily report's automatic draft: a save `delayMs` after the last change, never two saves at once (a change
 * made while a save runs is saved right after it), and flush() for 提出, which must not race a pending save.
 * Timers are passed in so that tests drive the clock.
 */

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown };

export interface AutosaveOptions<T> {
  delayMs: number;
  save: (value: T) => Promise<void>;
  onState?: (state: AutosaveState) => void;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Autosave<T> {
  /** A new value to save: (re)starts the delay. */
  change(value: T): void;
  /** Saves a waiting value now and resolves once nothing is waiting or running; rejects if that save fails. */
  flush(): Promise<void>;
  /** Forgets a waiting value (the report was submitted, the page left). */
  cancel(): void;
  /** A value is waiting or being saved. */
  readonly dirty: boolean;
}

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const now = options.now ?? (() => serverNow());
  const report = (state: AutosaveState) => options.onState?.(state);

  let waiting: { value: T } | undefined;
  let timer: unknown;
  let running: Promise<void> | undefined;

  const stopTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  /** Saves what is waiting, one save at a time; a value arriving meanwhile is saved next. */
  const run = (): Promise<void> => {
    if (running) return running;
    if (!waiting) return Promise.resolve();
    stopTimer();
    const { value } = waiting;
    waiting = undefined;
    report({ kind: 'saving' });
    running = options.save(value).then(
      () => {
        running = undefined;
        if (waiting) {
          // Changed while saving: save that too, at once (the user already waited the delay once).
          return run();
        }
        report({ kind: 'saved', at: now() });
        return undefined;
      },
      (error: unknown) => {
        running = undefined;
        if (!waiting) report({ kind: 'error', error });
        else schedule();
        throw error;
      },
    );
    return running;
  };

  const schedule = () => {
    stopTimer();
    report({ kind: 'pending' });
    timer = setTimer(() => {
      timer = undefined;
      // A failed timed save has already been reported through onState.
      run().catch(() => undefined);
    }, options.delayMs);
  };

  return {
    change(value) {
      waiting = { value };
      // While a save runs, the next one starts when it ends.
      if (!running) schedule();
    },
    async flush() {
      while (running || waiting) await run();
    },
    cancel() {
      stopTimer();
      waiting = undefined;
    },
    get dirty() {
      return waiting !== undefined || running !== undefined;
    },
  };
}
