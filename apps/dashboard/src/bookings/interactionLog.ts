/**
 * The operator-speed measure of the booking screen (docs/performance.md): every key press, typed entry or click
 * counts one, and the time runs from the first of them to the moment the confirmation is on screen. The browser
 * test keeps one of these; the screen itself does not count anything.
 */
export interface Interaction {
  kind: 'type' | 'press' | 'click' | 'fill';
  what: string;
  /** Milliseconds since the first interaction. */
  at: number;
}

export interface InteractionLog {
  record(kind: Interaction['kind'], what: string): void;
  /** Stops the clock (the confirmation is visible); later interactions are not counted. */
  finish(): void;
  readonly count: number;
  /** Seconds from the first interaction to finish(), or to now while running. */
  readonly seconds: number;
  readonly entries: readonly Interaction[];
  /** `24 interactions in 8.4 s: press Tab, type "架空 太郎", …` */
  summary(): string;
}

export function createInteractionLog(now: () => number): InteractionLog {
  const entries: Interaction[] = [];
  let started: number | undefined;
  let finished: number | undefined;
  return {
    record(kind, what) {
      if (finished !== undefined) return;
      const t = now();
      started ??= t;
      entries.push({ kind, what, at: t - started });
    },
    finish() {
      finished ??= now();
    },
    get count() {
      return entries.length;
    },
    get seconds() {
      if (started === undefined) return 0;
      return Math.round(((finished ?? now()) - started) / 100) / 10;
    },
    get entries() {
      return entries;
    },
    summary() {
      const steps = entries.map((e) => (e.kind === 'type' || e.kind === 'fill' ? `${e.kind} "${e.what}"` : `${e.kind} ${e.what === ' ' ? 'Space' : e.what}`));
      return `${entries.length} interactions in ${this.seconds} s: ${steps.join(', ')}`;
    },
  };
}
