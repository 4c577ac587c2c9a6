import { Alert, Box, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading, useTranslate } from 'react-admin';
import { errorMessage } from '../providers/http';

/** The cards a query reads (versions, sites…): its error, its loading, the `empty` sentence, then a list of the cards (each an <li>). */
export function QueryCardList<T>({ query, label, testId, empty, children }: { query: UseQueryResult<T[]>; label: string; testId: string; empty: string; children: (item: T) => ReactNode }) {
  const translate = useTranslate();
  return (
    <>
      {query.error ? <Alert severity="error">{translate(errorMessage(query.error))}</Alert> : null}
      {query.isPending ? <Loading /> : null}
      {query.data?.length === 0 && <Typography color="text.secondary">{empty}</Typography>}
      <Box component="ul" aria-label={label} data-testid={testId} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
        {query.data?.map(children)}
      </Box>
    </>
  );
}
