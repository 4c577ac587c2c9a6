import { Link as MuiLink, Typography } from '@mui/material';
import type { HandlingRecordView } from '@outreach/domain/handling-records';
import { Link } from 'react-router-dom';
import { useCanAccess, useCreatePath, useRecordContext, useResourceDefinitions } from 'react-admin';

/** The dashboard's resource that shows each kind of record the handling record is about (where it has a page). */
const RESOURCE_OF: Record<string, string> = {
  booking: 'bookings',
  session: 'sessions',
  daily_report: 'daily-reports',
  facility: 'facilities',
  defect: 'defects',
  inquiry: 'inquiries',
  incident: 'incidents',
  call_week: 'call-weeks',
  program: 'programs',
  user: 'users',
  organization: 'organizations',
  municipality: 'municipalities',
};

/**
 * A row's target in words, a link to the record's own page where there is one the person may open (its show page,
 * else its edit page): an auditor reading 「受付番号12（…訪問）」 opens the booking. A record the words could not be
 * found for (deleted) or a kind without a page stays words.
 */
export function TargetField(_props: { source: 'target'; label?: string }) {
  const record = useRecordContext<HandlingRecordView>();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  const resource = (record?.resourceType && RESOURCE_OF[record.resourceType]) || '';
  const definition = definitions[resource];
  const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : null;
  const { canAccess = false } = useCanAccess({ resource, action: type ?? 'show', record: { id: record?.resourceId ?? '' } });
  if (!record?.target) return <Typography variant="body2">—</Typography>;
  if (!type || !canAccess || !record.resourceId) return <Typography variant="body2">{record.target}</Typography>;
  return (
    <MuiLink component={Link} to={createPath({ resource, id: record.resourceId, type })} variant="body2" data-testid="handling-target-link">
      {record.target}
    </MuiLink>
  );
}
