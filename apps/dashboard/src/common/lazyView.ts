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

/**
 * A view loaded on first use: `lazyView(() => import('./ProgramList'), 'ProgramList')`. Resource index files use
 * it so that a screen's code (and what only it imports) stays out of the initial JavaScript; while the chunk
 * arrives, `viewLoads` says so (the layout's NavigationProgress).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself takes
export function lazyView<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => {
    loading += 1;
    changed();
    try {
      return { default: (await load())[name] };
    } finally {
      loading -= 1;
      changed();
    }
  });
}
