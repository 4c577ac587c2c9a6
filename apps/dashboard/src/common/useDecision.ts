import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage, fieldErrorsOf } from '../providers/http';

/**
 * The city's decision on a submitted version (業務計画書, 月次・完了報告): `decide` for the one-click decisions,
 * `askReturn` to open the 差し戻し dialog, and the dialog's state for ReasonDialog. `decided` says so (the screen's
 * notice) before the list under `queryKey` is read again; a failed one-click decision is notified, a failed return
 * shows in the dialog.
 */
export function useDecision<D extends string, V>({ call, decided, queryKey }: { call: (decision: D | 'return', reason?: string) => Promise<V>; decided: (v: V, decision: D | 'return') => void; queryKey: unknown[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ decision, reason }: { decision: D | 'return'; reason?: string }) => call(decision, reason),
    onSuccess: (v, { decision }) => {
      decided(v, decision);
      setReturning(false);
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e, { decision }) => decision !== 'return' && notify(errorMessage(e), { type: 'error' }),
  });
  return {
    decide: (decision: D) => mutation.mutate({ decision }),
    pending: mutation.isPending,
    askReturn: () => setReturning(true),
    returnDialog: {
      open: returning,
      pending: mutation.isPending,
      error: mutation.error && mutation.variables?.decision === 'return' ? (fieldErrorsOf(mutation.error)?.reason ?? translate(errorMessage(mutation.error))) : undefined,
      onConfirm: (reason: string) => mutation.mutate({ decision: 'return', reason }),
      onClose: () => setReturning(false),
    },
  };
}
