import { Typography } from '@mui/material';
import { formatMonthDayWithWeekday, weekday } from '@outreach/domain/common';
import { useRecordContext, type FieldProps } from 'react-admin';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026-06-17 → 2026/06/17(水) */
export function dateWithWeekday(key: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? `${key.replaceAll('-', '/')}(${WEEKDAYS_JA[weekday(key)]})` : key;
}

/** A JST date key of the record with its weekday, on one line: 2026/06/17(水), or 6月17日(水) with `monthDay`. */
export function DateKeyField({ source, monthDay = false }: FieldProps & { monthDay?: boolean }) {
  const value: unknown = useRecordContext()?.[source];
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {monthDay ? formatMonthDayWithWeekday(value) : dateWithWeekday(value)}
    </Typography>
  );
}
