import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useQuery } from '@tanstack/react-query';
import { Link, useCanAccess } from 'react-admin';
import { formatDate } from '../common/dates';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { useScopedT } from '../common/useScopedT';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { itineraryPath } from './teamForm';
import { TeamVisitsText } from './TeamVisitsText';

/** How many of one's next half-days the dashboard lists; the rest are on チーム編成. */
const SHOWN = 3;

/**
 * あなたの訪問: on the dashboard, the next half-days (two weeks) whose team the user is on — what, with whom, and the
 * 訪問行程表 one tap away — for the staff who open the app in the field. Nothing where the user is on no team.
 */
export function MyVisitsCard() {
  const { canAccess } = useCanAccess({ resource: 'teams', action: 'list' });
  const { program } = useCurrentProgram();
  return canAccess && program ? <MyVisits key={program.id} program={program} /> : null;
}

function MyVisits({ program }: { program: ProgramSummary }) {
  const t = useScopedT('teams');
  const dataProvider = useAppDataProvider();
  const teams = useQuery({ queryKey: ['programs', program.id, 'teams', 'from-today'], queryFn: () => dataProvider.teams(program.id), ...QUERY_ONCE });
  // A manager's list holds every half-day; staff's only theirs. Either way, the ones the reader goes out on.
  const mine = (teams.data?.slots ?? []).filter((s) => s.mine);
  if (mine.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="my-visits-title" data-testid="my-visits">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography id="my-visits-title" component="h2" variant="h6">
          {t('mine.title')}
        </Typography>
        <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {mine.slice(0, SHOWN).map((slot) => (
            <li key={`${slot.date}_${slot.half}`}>
              <Typography component="h3" sx={{ fontWeight: 700 }}>
                {`${formatDate(slot.date)} ${t(`halves.${slot.half}`)}`}
              </Typography>
              <TeamVisitsText slot={slot} />
              <Typography variant="body2" color="text.secondary">
                {slot.staff.map((m) => (m.lead ? `${m.name ?? '—'}（${t('lead')}）` : (m.name ?? '—'))).join('、')}
              </Typography>
              <Button component={Link} to={itineraryPath(slot)} size="small" variant="outlined" sx={{ mt: 0.5 }}>
                {t('itinerary')}
              </Button>
            </li>
          ))}
        </Stack>
        <Button component={Link} to="/teams" size="small" sx={{ justifySelf: 'start' }}>
          {mine.length > SHOWN ? t('mine.more', { count: mine.length - SHOWN }) : t('mine.all')}
        </Button>
      </CardContent>
    </Card>
  );
}
