import { Alert, Box, Button, Card, CardContent, Link as MuiLink, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { BookingStatus } from '@outreach/domain/bookings';
import { FACILITY_TYPE_LABELS_JA, type FacilityView } from '@outreach/domain/facilities';
import type { ProgramSummary } from '@outreach/domain/programs';
import type { ReactNode } from 'react';
import { Loading, Title, useCanAccess } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../common/dates';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { StageChip } from './FacilitiesPage';

/** One facility: its data (the contact person to those who may open personal data), its stage, its requests and visits. */
export function FacilityShowPage() {
  const { id = '' } = useParams();
  return <RequireProgram>{(program) => <FacilityShow key={`${program.id}-${id}`} program={program} id={id} />}</RequireProgram>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '10rem 1fr' }, gap: { xs: 0, sm: 1 }, py: 0.5 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

function FacilityShow({ program, id }: { program: ProgramSummary; id: string }) {
  const { translate, t } = useScreenWords('app.facilityRecords');
  const f = (key: string) => translate(`resources.facilities.fields.${key}`);
  const dataProvider = useAppDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: 'facilities', action: 'edit' });
  // The stage follows work done on other screens (the booking, its list, the day's report): fetched afresh on each visit.
  const loaded = useQuery({ queryKey: ['programs', program.id, 'facilities', id], queryFn: () => dataProvider.facility(program.id, id), ...QUERY_ONCE, refetchOnMount: 'always' });
  if (loaded.error) return <Alert severity="error" sx={{ mt: 2 }}>{translate(errorMessage(loaded.error))}</Alert>;
  if (!loaded.data) return <Loading />;
  const facility: FacilityView = loaded.data;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <Title title={`${translate('resources.facilities.name', { smart_count: 1 })} ${facility.name}`} />
      <Card variant="outlined">
        <CardContent>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h6" component="h2">
              {facility.name}
            </Typography>
            <StageChip stage={facility.stage} />
            {canEdit && (
              <Button component={Link} to={`/facilities/${facility.id}`} size="small" variant="outlined" sx={{ ml: 'auto' }}>
                {t('edit')}
              </Button>
            )}
          </Box>
          <Row label={f('type')}>{FACILITY_TYPE_LABELS_JA[facility.type]}</Row>
          <Row label={f('address')}>{facility.address}</Row>
          <Row label={f('district')}>{facility.district ?? '—'}</Row>
          <Row label={f('expectedResidents')}>{facility.expectedResidents ?? '—'}</Row>
          <Row label={f('contactName')}>{facility.contactName ?? t('contactHidden')}</Row>
          <Row label={f('contactPhone')}>{facility.contactPhone ? <MuiLink href={`tel:${facility.contactPhone}`}>{facility.contactPhone}</MuiLink> : '—'}</Row>
          <Row label={f('visitDate')}>{facility.visitDate ? formatDate(facility.visitDate) : '—'}</Row>
          <Row label={f('nextStep')}>{facility.nextStep ? `${translate(`app.facilities.steps.${facility.nextStep.step}`)} ${formatDate(facility.nextStep.due)}` : '—'}</Row>
          <Row label={f('note')}>{facility.note ?? '—'}</Row>
        </CardContent>
      </Card>
      <Typography variant="h6" component="h2">
        {t('bookings')}
      </Typography>
      {facility.bookings.length === 0 ? (
        <Typography color="text.secondary">{t('noBookings')}</Typography>
      ) : (
        <Box component="ul" aria-label={t('bookings')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))' }}>
          {[...facility.bookings].reverse().map((b) => (
            <Card component="li" variant="outlined" key={b.id}>
              <CardContent sx={{ display: 'grid', gap: 0.25 }}>
                <MuiLink component={Link} to={`/bookings/${b.id}/show`} sx={{ fontWeight: 700 }}>
                  {t('coordinationOf', { number: b.receptionNumber })}
                </MuiLink>
                <Row label={t('status')}>{translate(`app.bookings.statuses.${b.status as BookingStatus}`)}</Row>
                <Row label={t('receivedDate')}>{formatDate(b.receivedDate)}</Row>
                <Row label={f('visitDate')}>{b.visitDate ? formatDate(b.visitDate) : '—'}</Row>
                {b.sessionId && (
                  <MuiLink component={Link} to={`/sessions/${b.sessionId}/show`}>
                    {t('session')}
                  </MuiLink>
                )}
              </CardContent>
            </Card>
          ))}
        </Box>
      )}
    </Box>
  );
}
