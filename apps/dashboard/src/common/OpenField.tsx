import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from './StatusChip';

const LOOKS = { open: { color: 'warning', outlined: true }, closed: { color: 'success' } } as const;

/** Whether a follow-up (a defect, an inquiry) is still open: `labels.open` or `labels.closed`, from the record's `open`. */
export function OpenField({ labels }: { labels: { open: string; closed: string } }) {
  const record = useRecordContext<{ open: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  const status = record.open ? 'open' : 'closed';
  return <StatusChip status={status} looks={LOOKS} label={translate(labels[status])} />;
}
