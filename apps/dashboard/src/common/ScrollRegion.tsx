import { Box, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways (a wide table on a phone): a keyboard user can focus it and scroll with the arrow
 * keys (WCAG 2.1.1), and a screen reader announces it as a named region. `label` names it (the table's title).
 */
export function ScrollRegion({ label, sx, children }: { label: string; sx?: SxProps<Theme>; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} sx={[{ overflowX: 'auto', '&:focus-visible': { outline: 3, outlineColor: 'warning.main', outlineOffset: -3 } }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {children}
    </Box>
  );
}
