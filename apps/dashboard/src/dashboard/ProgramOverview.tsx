import { Button, Chip, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ProgressStatusChip } from '../common/StatusChip';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { formatNumber } from './shape';
import { formatOfficialPeriod } from '../common/dates';
import { TableCard } from './TableCard';

/**
 * For users who see several programs: one row each (GET /api/dashboard/overview), with a button that makes it the
 * current program (without `currentId`: none chosen yet).
 */
export function ProgramOverview({ currentId, onPick }: { currentId?: string; onPick: (id: string) => void }) {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const { data } = useQuery({ queryKey: ['dashboard', 'overview'], queryFn: () => dataProvider.dashboardOverview(), ...QUERY_ONCE });
  if (!data || data.length < 2) return null;
  const t = (key: string) => translate(`app.dashboard.overview.${key}`);
  return (
    <TableCard
      id="dashboard-overview-title"
      title={t('title')}
      head={
        <>
          <TableCell>{t('program')}</TableCell>
          <TableCell>{t('period')}</TableCell>
          <TableCell align="right">{t('sessionsHeld')}</TableCell>
          <TableCell align="right">{t('applications')}</TableCell>
          <TableCell>{t('targets')}</TableCell>
          <TableCell />
        </>
      }
    >
      {data.map((row) => (
        <TableRow key={row.id} selected={row.id === currentId}>
          <TableCell component="th" scope="row">
            {row.title}
          </TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatOfficialPeriod(row.periodStart, row.periodEnd)}</TableCell>
          <TableCell align="right">{formatNumber(row.sessionsHeld)}</TableCell>
          <TableCell align="right">{formatNumber(row.applications)}</TableCell>
          <TableCell>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              {row.groups.map((g) => (
                <Stack key={g.name} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2">{g.name}</Typography>
                  <ProgressStatusChip status={g.status} />
                </Stack>
              ))}
            </Stack>
          </TableCell>
          <TableCell align="right">
            {row.id === currentId ? (
              <Chip size="small" label={t('showing')} />
            ) : (
              <Button size="small" onClick={() => onPick(row.id)} aria-label={`${row.title} ${t('show')}`}>
                {t('show')}
              </Button>
            )}
          </TableCell>
        </TableRow>
      ))}
    </TableCard>
  );
}
