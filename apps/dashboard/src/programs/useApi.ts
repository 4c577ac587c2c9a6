import { useCallback, useEffect, useRef, useState } from 'react';
import { useLogoutIfAccessDenied, useNotify } from 'react-admin';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => void;
}

/** The message of a refused call as react-admin's HttpError carries it (the API's Japanese message). */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}

/**
 * Loads data from one of programsApi's calls whenever `key` changes, like react-admin's own queries: a 401 ends
 * the session (authProvider.checkError), anything else is returned as `error` for the view to show.
 */
export function useApiData<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [state, setState] = useState<{ data?: T; error?: unknown; isPending: boolean }>({ isPending: true });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, isPending: true }));
    loadRef.current().then(
      (data) => {
        if (live) setState({ data, isPending: false });
      },
      (error: unknown) => {
        if (!live) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => {
      live = false;
    };
  }, [key, version, logoutIfAccessDenied]);

  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, isPending: state.isPending, refetch };
}

/**
 * Runs a change against the API. On success: the `success` notice. On refusal: the API's message as a
 * notification unless the caller shows it itself (`notifyError: false`); a 401 ends the session either way.
 * Resolves to the error, or undefined when the call succeeded.
 */
export function useApiAction() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const notify = useNotify();
  return useCallback(
    async (run: () => Promise<unknown>, options: { success?: string; notifyError?: boolean } = {}): Promise<unknown> => {
      try {
        await run();
        if (options.success) notify(options.success, { type: 'success' });
        return undefined;
      } catch (error) {
        const loggedOut = await logoutIfAccessDenied(error);
        if (!loggedOut && options.notifyError !== false) notify(errorMessage(error), { type: 'error' });
        return error ?? new Error('failed');
      }
    },
    [logoutIfAccessDenied, notify],
  );
}
