import { currentProgramOf } from '@outreach/domain/programs';
import { useCallback, useSyncExternalStore } from 'react';
import { useCanAccess, useGetList, useNotify } from 'react-admin';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { useMe } from '../providers/me';
import type { ProgramSummary } from '@outreach/domain/programs';
import { serverToday } from '../common/serverClock';


/*
 * The user's choice is stored by the API (PUT /api/auth/me/program, answered in GET /api/auth/me), so it follows
 * them to another browser. A choice made here counts at once for every screen using the hook (held per user
 * until the page is left), while the API stores it.
 */
const listeners = new Set<() => void>();
const chosenHere = new Map<string, string>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The program the screens work on, among those GET /api/programs lists for the user: the one they chose (last
 * used), else their only one, else the only one with activity today; undefined when they have several and must
 * choose (currentProgramOf). `chosen` says whether the user chose it themselves.
 */
export function useCurrentProgram() {
  const { me } = useMe();
  const dataProvider = useAppDataProvider();
  const notify = useNotify();
  // Someone who reads no program (the system administrator) is not made to ask for them: that was a 403 per screen.
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'programs', action: 'list' });
  const { data, isPending, error } = useGetList<ProgramSummary>(
    'programs',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'periodStart', order: 'DESC' } },
    { staleTime: 5 * 60_000, enabled: canAccess === true },
  );
  const userId = me?.id;
  const here = useSyncExternalStore(subscribe, () => (userId ? chosenHere.get(userId) : undefined));
  const chosenId = here ?? me?.currentProgramId ?? undefined;
  const programs = data ?? [];
  const program = currentProgramOf(programs, chosenId, serverToday());

  const setProgramId = useCallback(
    (id: string) => {
      if (!userId) return;
      chosenHere.set(userId, id);
      listeners.forEach((listener) => listener());
      dataProvider.setCurrentProgram(id).catch((e: unknown) => notify(errorMessage(e), { type: 'error' }));
    },
    [userId, dataProvider, notify],
  );

  // Pending until the user is known too: their choice comes with them, and a default must not flash first.
  return { program, programs, chosen: program !== undefined && program.id === chosenId, setProgramId, isPending: accessPending || (canAccess === true && isPending) || !me, error };
}
