import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

let loading = 0;
const listeners = new Set<() => void>();

/** Told after the render that started a load (a store must not change listeners' state during another render). */
function changed(): void {
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

/**
 * Whether a screen's code is on its way, for `useSyncExternalStore`: the layout shows a progress bar at once when a
 * menu click needs a chunk that has not arrived yet (the old screen stays up meanwhile).
 */
export const viewLoads = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  pending: (): boolean => loading > 0,
};

/** Counts a screen's code on its way for `viewLoads`. */
async function counted<T>(pending: Promise<T>): Promise<T> {
  loading += 1;
  changed();
  try {
    return await pending;
  } finally {
    loading -= 1;
    changed();
  }
}

/**
 * A thenable that calls back at once. React.lazy accepts any thenable and, when it answers synchronously, renders
 * the component in the same pass instead of suspending (a Promise always answers a microtask later).
 */
function answeredNow<T>(value: T): Promise<T> {
  return { then: (onFulfilled: (value: T) => unknown) => onFulfilled(value) } as unknown as Promise<T>;
}

/** A lazy view that can be asked to load its code ahead of its first render. */
export type PreloadableScreen<C extends ComponentType<any>> = LazyExoticComponent<C> & { preload(): Promise<void> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- as React.lazy

/**
 * A view loaded on first use: `lazyView(() => import('./ProgramList'), 'ProgramList')`. Resource index files use
 * it so that a screen's code (and what only it imports) stays out of the initial JavaScript; while the chunk
 * arrives, `viewLoads` says so (the layout's NavigationProgress).
 *
 * `preload()` fetches the code early without counting as a screen load. A view whose code is already here renders
 * without suspending: React shows a suspended boundary's content no sooner than 300 ms after its fallback appeared
 * (its fallback throttle), even when the code is a microtask away, and that was most of the wait for the
 * dashboard's charts (docs/performance.md).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself takes
export function lazyView<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K): PreloadableScreen<M[K]> {
  let loaded: M | undefined;
  let inFlight: Promise<M> | undefined;
  const fetchModule = (): Promise<M> =>
    (inFlight ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        inFlight = undefined; // a later render or preload tries again
        throw error;
      },
    ));
  const view = lazy(() => (loaded ? answeredNow({ default: loaded[name] }) : counted(fetchModule()).then((module) => ({ default: module[name] }))));
  return Object.assign(view, { preload: () => fetchModule().then(() => undefined) });
}
