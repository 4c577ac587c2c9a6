import type { SlotRequest } from '@outreach/domain';
import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { bookingsApi } from './api';
import type { SlotSearchResult } from './booking';

const DEBOUNCE_MS = 250;

/**
 * The slot finder's search, run again a moment after every change of the request (kind, applicants, district,
 * wishes). An answer to an older request never replaces a newer one.
 */
export function useSlotSearch(programId: string | undefined, request: SlotRequest | undefined, version = 0, overrides?: { leadTime?: boolean; pmThirdTravel?: boolean; reason: string }) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const key = programId && request ? JSON.stringify([programId, request, version, overrides ?? null]) : undefined;
  const [state, setState] = useState<{ key?: string; result?: SlotSearchResult; error?: unknown }>({});

  useEffect(() => {
    if (!key || !programId || !request) return;
    let live = true;
    const timer = setTimeout(() => {
      bookingsApi.search(programId, request, overrides).then(
        (result) => live && setState({ key, result }),
        (error: unknown) => {
          if (!live) return;
          setState((previous) => ({ key, result: previous.result, error }));
          void logoutIfAccessDenied(error);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The key stands for programId, request and overrides.
  }, [key]);

  return { result: state.result, error: state.error, pending: key !== undefined && state.key !== key };
}
