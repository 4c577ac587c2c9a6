import { jstDateKey } from '@outreach/domain';
import { useCallback, useSyncExternalStore } from 'react';
import { useGetList } from 'react-admin';
import { useMe } from '../providers/me';
import { currentProgramKey, pickProgram, type ProgramSummary } from './currentProgram';

export type { ProgramSummary } from './currentProgram';

/*
 * The picked program id lives in localStorage under a per-user key (not react-admin's store, which is emptied
 * at logout): every screen using the hook follows a change at once, other tabs through the storage event.
 */
const listeners = new Set<() => void>();
const memory = new Map<string, string>(); // when localStorage is disabled, the pick lasts until the page is left

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function readPicked(key: string | undefined): string | undefined {
  if (!key) return undefined;
  try {
    return window.localStorage.getItem(key) ?? memory.get(key);
  } catch {
    return memory.get(key);
  }
}

/**
 * The program the screen works on, among those GET /api/programs lists for the user: the only one, or the one
 * picked with setProgramId (remembered in localStorage), or by default the one running today.
 */
export function useCurrentProgram() {
  const { me } = useMe();
  const key = me ? currentProgramKey(me.id) : undefined;
  const { data, isPending, error } = useGetList<ProgramSummary>(
    'programs',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'periodStart', order: 'DESC' } },
    { staleTime: 5 * 60_000 },
  );
  const pickedId = useSyncExternalStore(subscribe, () => readPicked(key));
  const programs = data ?? [];
  const program = pickProgram(programs, pickedId, jstDateKey(new Date()));

  const setProgramId = useCallback(
    (id: string) => {
      if (!key) return;
      memory.set(key, id);
      try {
        window.localStorage.setItem(key, id);
      } catch {
        // storage disabled: kept in memory
      }
      listeners.forEach((listener) => listener());
    },
    [key],
  );

  // Pending until the user is known too: their pick is stored per user, and the default must not flash first.
  return { program, programs, setProgramId, isPending: isPending || !me, error };
}
