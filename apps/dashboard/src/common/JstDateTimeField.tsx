import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { formatDateTime } from './dates';

/** A date-time field shown in Japan time whatever the browser's time zone. */
export function JstDateTimeField({ source }: FieldProps) {
  const value: unknown = useRecordContext()?.[source];
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' ? formatDateTime(value) : ''}
    </Typography>
  );
}
