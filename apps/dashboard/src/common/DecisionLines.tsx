import { Typography } from '@mui/material';
import { formatDateTime } from './dates';

/**
 * Who asked and who decided, with when, and the reason of a refusal — under a proposal, a plan, a file waiting for
 * a second person. `asked` and `decided` are the screen's own sentences (%{name}, %{at}, %{status}).
 */
export function DecisionLines(props: {
  asked: (args: { name: string; at: string }) => string;
  askedByName: string | null;
  askedAt: string;
  decided: (args: { name: string; at: string }) => string;
  decidedByName: string | null;
  decidedAt: string | null;
  reason: string | null;
  reasonLine: (reason: string) => string;
}) {
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {props.asked({ name: props.askedByName ?? '—', at: formatDateTime(props.askedAt) })}
      </Typography>
      {props.decidedAt && (
        <Typography variant="body2" color="text.secondary">
          {props.decided({ name: props.decidedByName ?? '—', at: formatDateTime(props.decidedAt) })}
        </Typography>
      )}
      {props.reason && <Typography variant="body2">{props.reasonLine(props.reason)}</Typography>}
    </>
  );
}
