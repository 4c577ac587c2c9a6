import type { IncidentStatus, IncidentView } from '@outreach/domain/incidents';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { type StatusLook, StatusChip } from '../common/StatusChip';

/** An incident stays red until it is resolved (the words say which step it is at). */
const LOOKS: Record<IncidentStatus, StatusLook> = {
  reported: { color: 'error', outlined: true },
  investigating: { color: 'error' },
  resolved: { color: 'success' },
};

export function IncidentStatusField(_props: FieldProps) {
  const record = useRecordContext<Pick<IncidentView, 'status'>>();
  const translate = useTranslate();
  if (!record) return null;
  return <StatusChip status={record.status} looks={LOOKS} label={translate(`app.incidents.statuses.${record.status}`)} testId="incident-status" />;
}
