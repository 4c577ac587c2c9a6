import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { formatDate, formatMonthDay } from './dates';

/** A JST date key of the record with its weekday, on one line: 2026/06/17(水), or 6月17日(水) with `monthDay`. */
export function DateKeyField({ source, monthDay = false }: FieldProps & { monthDay?: boolean }) {
  const value: unknown = useRecordContext()?.[source];
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {monthDay ? formatMonthDay(value) : formatDate(value)}
    </Typography>
  );
}
