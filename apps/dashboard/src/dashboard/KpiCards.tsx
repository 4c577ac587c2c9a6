import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatNumber } from './shape';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';

type KpiKey = keyof DashboardSummaryView['kpis'];
const ORDER: KpiKey[] = ['applicationsThisMonth', 'applicationsTotal', 'sessionsHeld', 'consultations', 'callsThisWeek'];
const HINTS: Partial<Record<KpiKey, string>> = { applicationsTotal: 'totalHint' };

/** Numbers a chart cannot show: small cards, each a term and its value. */
export function KpiCards({ kpis }: { kpis: DashboardSummaryView['kpis'] }) {
  const translate = useTranslate();
  return (
    <Box
      component="section"
      aria-labelledby="dashboard-kpis-title"
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(5, minmax(0, 1fr))' } }}
    >
      <Typography id="dashboard-kpis-title" component="h2" sx={visuallyHidden}>
        {translate('app.dashboard.kpis.title')}
      </Typography>
      {ORDER.map((key) => (
        <Card key={key} variant="outlined" data-testid={`kpi-${key}`}>
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Box component="dl" sx={{ m: 0 }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {translate(`app.dashboard.kpis.${key}`)}
              </Typography>
              <Typography component="dd" variant="h4" sx={{ m: 0, fontWeight: 700, lineHeight: 1.3 }} data-testid={`kpi-${key}-value`}>
                {formatNumber(kpis[key])}
              </Typography>
            </Box>
            {HINTS[key] && (
              <Typography variant="caption" color="text.secondary">
                {translate(`app.dashboard.kpis.${HINTS[key]}`)}
              </Typography>
            )}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

/** Read by screen readers, not shown. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
