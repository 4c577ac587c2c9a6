import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { actionLabel } from './actions';

/** The recorded action in words, or its raw code when it has no label. */
export function ActionField({ source }: FieldProps) {
  const translate = useTranslate();
  const code: unknown = useRecordContext()?.[source];
  return (
    <Typography component="span" variant="body2">
      {typeof code === 'string' ? translate(...actionLabel(code)) : ''}
    </Typography>
  );
}
