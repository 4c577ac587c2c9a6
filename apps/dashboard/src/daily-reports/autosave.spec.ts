import { type AutosaveState, createAutosave } from './autosave';

/** A hand-driven clock: timers run when the test says so. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    setTimer: (run: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
      }
    },
    get pending() {
      return timers.size;
    },
  };
}

/** A save whose completion the test controls. */
function controlledSave() {
  const calls: Array<{ value: string; resolve: () => void; reject: (e: unknown) => void }> = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ value, resolve, reject });
    });
  return { calls, save };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe(createAutosave.name, () => {
  it('saves once, 1.5 s after the last of several quick changes', async () => {
    const timers = fakeTimers();
    const { calls, save } = controlledSave();
    const states: AutosaveState['kind'][] = [];
    const autosave = createAutosave({ delayMs: 1500, save, ...timers, onState: (s) => states.push(s.kind), now: () => new Date('2026-11-20T08:32:00Z') });
    autosave.change('a');
    timers.advance(1000);
    autosave.change('ab');
    timers.advance(1000);
    expect(calls).toHaveLength(0);
    timers.advance(500);
    expect(calls.map((c) => c.value)).toEqual(['ab']);
    calls[0].resolve();
    await settle();
    expect(states).toEqual(['pending', 'pending', 'saving', 'saved']);
    expect(autosave.dirty).toBe(false);
  });

  it('never runs two saves at once: a change during a save is saved right after it', async () => {
    const timers = fakeTimers();
    const { calls, save } = controlledSave();
    const autosave = createAutosave({ delayMs: 1500, save, ...timers });
    autosave.change('1');
    timers.advance(1500);
    autosave.change('2');
    autosave.change('3');
    timers.advance(5000);
    expect(calls.map((c) => c.value)).toEqual(['1']);
    calls[0].resolve();
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['1', '3']);
    calls[1].resolve();
    await settle();
    expect(autosave.dirty).toBe(false);
  });

  it('flush saves a waiting value at once and waits for it', async () => {
    const timers = fakeTimers();
    const { calls, save } = controlledSave();
    const autosave = createAutosave({ delayMs: 1500, save, ...timers });
    autosave.change('x');
    let flushed = false;
    const flush = autosave.flush().then(() => (flushed = true));
    expect(calls.map((c) => c.value)).toEqual(['x']);
    expect(timers.pending).toBe(0);
    await settle();
    expect(flushed).toBe(false);
    calls[0].resolve();
    await flush;
    expect(flushed).toBe(true);
  });

  it('reports a failed save, and flush rejects with its error', async () => {
    const timers = fakeTimers();
    const { calls, save } = controlledSave();
    const states: AutosaveState[] = [];
    const autosave = createAutosave({ delayMs: 1500, save, ...timers, onState: (s) => states.push(s) });
    autosave.change('x');
    const flush = autosave.flush();
    calls[0].reject(new Error('409'));
    await expect(flush).rejects.toThrow('409');
    expect(states[states.length - 1]).toEqual({ kind: 'error', error: new Error('409') });
    // A timed save that fails is reported, not thrown into the void.
    autosave.change('y');
    timers.advance(1500);
    calls[1].reject(new Error('offline'));
    await settle();
    expect(states[states.length - 1].kind).toBe('error');
  });

  it('cancel forgets a waiting value', () => {
    const timers = fakeTimers();
    const { calls, save } = controlledSave();
    const autosave = createAutosave({ delayMs: 1500, save, ...timers });
    autosave.change('x');
    autosave.cancel();
    timers.advance(5000);
    expect(calls).toHaveLength(0);
    expect(autosave.dirty).toBe(false);
  });
});
