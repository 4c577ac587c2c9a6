import { Chip, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { CALL_CATEGORIES, type CallWeekView } from '@outreach/domain/calls';
import { weekStatusKey } from './callWeek';
import { formatMonthDay, formatWeek } from '../common/dates';

const STATUS_COLORS = { pending: 'default', submitted: 'info', accepted: 'success', returned: 'warning' } as const;

/** 未提出 / 提出済み / 受理済み / 差し戻し; the label carries the meaning, the colour only helps. */
export function WeekStatusField() {
  const week = useRecordContext<CallWeekView>();
  const translate = useTranslate();
  if (!week) return null;
  const key = weekStatusKey(week.status);
  return <Chip size="small" color={STATUS_COLORS[key]} variant={key === 'pending' ? 'outlined' : 'filled'} label={translate(`app.callWeeks.status.${key}`)} />;
}

export function WeekLabelField() {
  const week = useRecordContext<CallWeekView>();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {week ? formatWeek(week) : ''}
    </Typography>
  );
}

/** 6月30日(火) */
export function DueDateField() {
  const week = useRecordContext<CallWeekView>();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {week ? formatMonthDay(week.dueDate) : ''}
    </Typography>
  );
}

/** A count that is 0 most of the time: shown faint when 0, so the weeks with late entries stand out. */
export function QuietCountField({ source }: FieldProps) {
  const value: unknown = useRecordContext()?.[source];
  const n = typeof value === 'number' ? value : 0;
  return (
    <Typography component="span" variant="body2" color={n === 0 ? 'text.secondary' : 'error'} sx={{ fontWeight: n === 0 ? 400 : 600 }}>
      {n}
    </Typography>
  );
}

/** The head of a table of call counts: the row's label (`first`), a column per call category, then the total. */
export function CategoryTableHead({ first }: { first: string }) {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        <TableCell>{first}</TableCell>
        {CALL_CATEGORIES.map((c) => (
          <TableCell key={c} align="right" sx={{ whiteSpace: 'nowrap' }}>
            {translate(`app.calls.categories.${c}`)}
          </TableCell>
        ))}
        <TableCell align="right">{translate('resources.call-weeks.fields.total')}</TableCell>
      </TableRow>
    </TableHead>
  );
}
