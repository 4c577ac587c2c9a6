import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title } from 'react-admin';

/** A program page's head: its title, the hint lines under it, and on the right what the page offers (a download, a run). */
export function PageHeader({ title, hints, children }: { title: string; hints: ReactNode[]; children?: ReactNode }) {
  return (
    <>
      <Title title={title} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ mr: 'auto', flex: '1 1 20em' }}>
          {hints.map((hint, i) => (
            <Typography key={i} variant="body2" color="text.secondary">
              {hint}
            </Typography>
          ))}
        </Box>
        {children}
      </Box>
    </>
  );
}
