import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A view loaded on first use: `lazyView(() => import('./ProgramList'), 'ProgramList')`. Resource index files use
 * it so that a screen's code (and what only it imports) stays out of the initial JavaScript; react-admin's layout
 * shows its loading indicator (a Suspense boundary) while the chunk arrives.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself takes
export function lazyView<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
