import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { percentOfGoal } from '../programs/progress-text';
import { formatNumber } from './shape';
import type { DashboardSummary } from './summary';

type KpiKey = keyof DashboardSummary['kpis'];
const ORDER: KpiKey[] = ['applicationsThisMonth', 'applicationsTotal', 'achievement', 'sessionsHeld', 'consultations', 'callsThisWeek'];
const HINTS: Partial<Record<KpiKey, string>> = { applicationsTotal: 'totalHint', achievement: 'achievementHint' };

/** Numbers a chart cannot show: small cards, each a term and its value. */
export function KpiCards({ kpis }: { kpis: DashboardSummary['kpis'] }) {
  const translate = useTranslate();
  const value = (key: KpiKey): string => {
    if (key === 'achievement') return kpis.achievement === null ? '—' : `${percentOfGoal(kpis.achievement)}%`;
    return formatNumber(kpis[key]);
  };
  return (
    <Box
      component="section"
      aria-labelledby="dashboard-kpis-title"
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(6, minmax(0, 1fr))' } }}
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
                {value(key)}
              </Typography>
            </Box>
            {(HINTS[key] || (key === 'achievement' && kpis.achievement === null)) && (
              <Typography variant="caption" color="text.secondary">
                {translate(`app.dashboard.kpis.${key === 'achievement' && kpis.achievement === null ? 'noTargets' : HINTS[key]}`)}
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
