import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, CircularProgress, GlobalStyles } from '@mui/material';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * A sheet printed on A4 from a page without the menu (受付票, 訪問行程表): 戻る and 印刷 above it, left off the paper;
 * the sheet white with 12 mm margins (less on a phone), long words wrapped rather than cut. Blocks marked
 * `.print-block` never break across pages.
 */
export function PrintSheet({
  labels,
  pending,
  error,
  ready,
  children,
}: {
  labels: { back: string; print: string; loading: string };
  pending: boolean;
  error: string | null;
  ready: boolean;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Box sx={{ bgcolor: 'grey.100', minHeight: '100vh', py: 2, '@media print': { bgcolor: '#fff', py: 0 } }}>
      <GlobalStyles styles={PRINT_CSS} />
      <Box className="no-print" sx={{ maxWidth: '210mm', mx: 'auto', mb: 1, px: 1, display: 'flex', gap: 1 }}>
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(-1)}>
          {labels.back}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!ready} sx={{ ml: 'auto' }}>
          {labels.print}
        </Button>
      </Box>
      <Box
        className="print-sheet"
        component="main"
        sx={{ maxWidth: '210mm', mx: 'auto', bgcolor: '#fff', color: '#000', p: { xs: 2, sm: '12mm' }, boxShadow: 1, fontSize: '10.5pt', lineHeight: 1.6, overflowWrap: 'anywhere' }}
      >
        {pending && <CircularProgress aria-label={labels.loading} />}
        {error ? <Alert severity="error">{error}</Alert> : null}
        {children}
      </Box>
    </Box>
  );
}

const PRINT_CSS = {
  '@page': { size: 'A4', margin: '14mm 12mm' },
  '@media print': {
    '.no-print': { display: 'none !important' },
    body: { background: '#fff' },
    '.print-sheet': { boxShadow: 'none !important', margin: '0 !important', padding: '0 !important', maxWidth: 'none !important' },
    '.print-block': { breakInside: 'avoid', pageBreakInside: 'avoid' },
  },
};
