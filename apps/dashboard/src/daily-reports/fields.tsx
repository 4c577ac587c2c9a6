import { Chip, Typography } from '@mui/material';
import type { DailyReportStatus } from '@outreach/domain/daily-reports';
import { useRecordContext, useTranslate } from 'react-admin';
import { isOverdue, onTimeKey } from './format';
import type { DailyReportRowView } from '@outreach/domain/daily-reports';
import { formatDate, formatDateTime } from '../common/dates';
import { serverNow } from '../common/serverClock';

const STATUS_COLORS = { draft: 'default', checking: 'secondary', returned_internally: 'warning', submitted: 'info', accepted: 'success', returned: 'warning' } as const satisfies Record<DailyReportStatus, string>;

/** 作成中 / 社内確認待ち / 社内差し戻し / 提出済み / 受理済み / 差し戻し; the label carries the meaning, the colour only helps. */
export function StatusChip({ status, size = 'small' }: { status: DailyReportStatus; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={STATUS_COLORS[status]}
      variant={status === 'draft' ? 'outlined' : 'filled'}
      label={translate(`app.dailyReports.statuses.${status}`)}
      data-testid="report-status"
    />
  );
}

export function ReportStatusField() {
  const report = useRecordContext<DailyReportRowView>();
  return report ? <StatusChip status={report.status} /> : null;
}

export function ReportDateField() {
  const report = useRecordContext<DailyReportRowView>();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {report ? `${formatDate(report.date)}` : ''}
    </Typography>
  );
}

/** 提出期限 in Japan time, red once passed while the report is not with the city. */
export function DueAtField() {
  const report = useRecordContext<DailyReportRowView>();
  if (!report) return null;
  const overdue = isOverdue(report, serverNow());
  return (
    <Typography component="span" variant="body2" color={overdue ? 'error' : undefined} sx={{ whiteSpace: 'nowrap', fontWeight: overdue ? 600 : 400 }}>
      {formatDateTime(report.dueAt)}
    </Typography>
  );
}

/** ✓ / 遅延 / — */
export function OnTimeField() {
  const report = useRecordContext<DailyReportRowView>();
  const translate = useTranslate();
  if (!report) return null;
  const key = onTimeKey(report.onTime);
  return (
    <Typography
      component="span"
      variant="body2"
      color={key === 'late' ? 'error' : key === 'yes' ? 'success.main' : 'text.secondary'}
      title={translate(`app.dailyReports.onTime.${key}Label`)}
      aria-label={translate(`app.dailyReports.onTime.${key}Label`)}
      sx={{ fontWeight: 600 }}
    >
      {translate(`app.dailyReports.onTime.${key}`)}
    </Typography>
  );
}

/** The number of photos, with those waiting for the city's review. */
export function PhotosField() {
  const report = useRecordContext<DailyReportRowView>();
  const translate = useTranslate();
  if (!report) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {report.photoCount}
      {report.pendingPhotos > 0 && report.status !== 'draft' && (
        <Typography component="span" variant="caption" color="text.secondary">
          {' '}
          ({translate('app.dailyReports.photos.review.pending')} {report.pendingPhotos})
        </Typography>
      )}
    </Typography>
  );
}
