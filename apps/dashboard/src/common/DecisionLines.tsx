import { Typography } from '@mui/material';
import { formatDateTime } from './dates';

/**
 * Who asked and who decided, with when, and the reason of a refusal — under a proposal, a plan, a file waiting for
 * a second person — in the screen's words `t`: `asked`'s key (%{name}, %{at}), decidedBy (%{name}, %{at}, %{status})
 * and reason (%{reason}).
 */
export function DecisionLines({ t, asked: [askedKey, askedByName, askedAt], decided: [status, decidedByName, decidedAt], reason }: {
  t: (key: string, options?: Record<string, unknown>) => string;
  /** The sentence's key, who asked and when. */
  asked: [key: string, name: string | null, at: string];
  /** The decision's label (the status), who decided and when (null while undecided). */
  decided: [status: string, name: string | null, at: string | null];
  reason: string | null;
}) {
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {t(askedKey, { name: askedByName ?? '—', at: formatDateTime(askedAt) })}
      </Typography>
      {decidedAt && (
        <Typography variant="body2" color="text.secondary">
          {t('decidedBy', { name: decidedByName ?? '—', at: formatDateTime(decidedAt), status })}
        </Typography>
      )}
      {reason && <Typography variant="body2">{t('reason', { reason })}</Typography>}
    </>
  );
}
