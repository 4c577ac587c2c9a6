import { Alert, Box, Typography } from '@mui/material';
import type { ItineraryStopView, ItineraryView, ItineraryVisitView } from '@outreach/domain/teams';
import { booksVisits } from '@outreach/domain/programs';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formatDate } from '../common/dates';
import { timeRange } from '../common/format';
import { PrintSheet } from '../common/PrintSheet';
import { RequireProgram } from '../common/RequireProgram';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { parseItineraryId } from './teamForm';

function useItineraryT() {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`app.teams.it.${key}`, options);
}

/**
 * 訪問行程表: a team's half-day as one printable sheet (A4; readable on a phone), without the menu. Loading it opens the
 * stops' personal data for those who may read it, which the API records in the handling record.
 */
export function ItineraryPage() {
  return <RequireProgram>{(program) => <Itinerary programId={program.id} booked={booksVisits(program)} />}</RequireProgram>;
}

/** `booked`: whether the program books visits; where it books none, its visits are simply the sheet's 訪問. */
function Itinerary({ programId, booked }: { programId: string; booked: boolean }) {
  const t = useItineraryT();
  const translate = useTranslate();
  const { id = '' } = useParams();
  const slot = parseItineraryId(id);
  const dataProvider = useAppDataProvider();
  const loaded = useQuery({ queryKey: ['programs', programId, 'itinerary', id], queryFn: () => dataProvider.itinerary(programId, slot!), enabled: !!slot, ...QUERY_ONCE });
  return (
    <PrintSheet
      labels={{ back: t('back'), print: t('print'), loading: t('loading') }}
      pending={loaded.isLoading}
      error={!slot ? translate('ra.page.not_found') : loaded.error ? translate(errorMessage(loaded.error)) : null}
      ready={!!loaded.data}
    >
      {loaded.data && <Sheet data={loaded.data} booked={booked} />}
    </PrintSheet>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '8.5em 1fr' }, columnGap: 1, py: 0.25, borderBottom: '1px solid #ddd' }}>
      <Box component="span" sx={{ fontWeight: 700 }}>
        {label}
      </Box>
      <Box component="span" sx={{ whiteSpace: 'pre-wrap', minWidth: 0 }}>
        {children}
      </Box>
    </Box>
  );
}

function Sheet({ data, booked }: { data: ItineraryView; booked: boolean }) {
  const t = useItineraryT();
  const translate = useTranslate();
  return (
    <Box data-testid="itinerary">
      <Typography component="h1" sx={{ fontSize: '16pt', fontWeight: 700 }}>
        {`${t('title')} ${formatDate(data.date)} ${translate(`app.teams.halves.${data.half}`)}`}
      </Typography>
      <Box component="p" data-testid="itinerary-notice" sx={{ border: '2px solid #000', p: 1, my: 1, fontWeight: 700 }}>
        {data.notice}
      </Box>
      <Line label={t('team')}>{data.team.staff.map((m) => (m.lead ? `${m.name ?? '—'}（${t('lead')}）` : (m.name ?? '—'))).join('、')}</Line>
      {data.team.cityStaff.length > 0 && <Line label={t('cityStaff')}>{data.team.cityStaff.join('、')}</Line>}
      {!data.personal && (
        <Alert severity="info" className="no-print" sx={{ my: 1 }}>
          {t('noPersonal')}
        </Alert>
      )}
      {data.warnings.length > 0 && (
        <Box sx={{ my: 1 }} data-testid="itinerary-warnings">
          <Typography component="h2" sx={{ fontWeight: 700 }}>
            {t('warnings')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {data.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </Box>
        </Box>
      )}
      {data.stops.length === 0 && data.otherVisits.length === 0 && <Typography sx={{ my: 2 }}>{t('noStops')}</Typography>}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {data.stops.map((s) => (
          <Stop key={s.bookingId} stop={s} />
        ))}
      </Box>
      {data.otherVisits.length > 0 && (
        <Box component="section" aria-labelledby="itinerary-other-visits">
          <Typography id="itinerary-other-visits" component="h2" sx={{ fontSize: '12.5pt', fontWeight: 700, mt: 2 }}>
            {t(booked ? 'otherVisits' : 'visits')}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {data.otherVisits.map((v) => (
              <OtherVisit key={v.sessionId} visit={v} />
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}

/** A visit of the half-day without a booking: where and when (its session), and what every visit brings. */
function OtherVisit({ visit: v }: { visit: ItineraryVisitView }) {
  const t = useItineraryT();
  const translate = useTranslate();
  return (
    <Box component="li" className="print-block" data-testid="itinerary-other-visit" sx={{ border: '1px solid #666', p: 1, my: 1.5, breakInside: 'avoid' }}>
      <Typography component="h3" sx={{ fontSize: '12pt', fontWeight: 700 }}>
        {t('otherVisit', { time: timeRange(v.startTime, v.endTime) || t('noTime'), place: v.place })}
      </Typography>
      <Line label={t('kind')}>{translate(`app.sessions.serviceKinds.${v.kind}`)}</Line>
      <Line label={t('bring')}>{v.bring.map((b) => `□ ${b}`).join('\n')}</Line>
    </Box>
  );
}

function Stop({ stop: s }: { stop: ItineraryStopView }) {
  const t = useItineraryT();
  return (
    <Box component="li" className="print-block" data-testid="itinerary-stop" sx={{ border: '1px solid #666', p: 1, my: 1.5, breakInside: 'avoid' }}>
      {s.travel && (
        <Typography sx={{ fontSize: '9.5pt', color: s.travel.warning ? '#8a1c00' : '#333' }}>
          {`${t('travel')}: ${s.travel.minutes === null ? t('travelUnknown') : t('travelMinutes', { from: s.travel.from, to: s.travel.to, minutes: s.travel.minutes })}${s.travel.warning ? `（${s.travel.warning}）` : ''}`}
        </Typography>
      )}
      <Typography component="h2" sx={{ fontSize: '12.5pt', fontWeight: 700 }}>
        {t('stop', { order: s.order, label: s.label, window: s.window })}
      </Typography>
      <Line label={t('receptionNumber')}>{`${s.receptionNumber}（${t(`kinds.${s.kind}`)}）`}</Line>
      <Line label={t('district')}>{s.district ?? '—'}</Line>
      {s.place && (
        <>
          <Line label={t('place')}>{s.place.name ?? '—'}</Line>
          <Line label={t('address')}>{s.place.address ?? '—'}</Line>
          <Line label={t('contact')}>
            {s.place.contactName ?? ''} {s.place.phone && <a href={`tel:${s.place.phone}`}>{s.place.phone}</a>}
          </Line>
          {s.place.parking && <Line label={t('parking')}>{s.place.parking}</Line>}
        </>
      )}
      <Line label={t('applicationTypes')}>{`${s.applicationTypes.join('、') || '—'}（${s.applicantCount}人）`}</Line>
      {s.applicants && (
        <Box sx={{ mt: 0.5 }}>
          <Typography component="h3" sx={{ fontWeight: 700 }}>
            {t('applicants', { count: s.applicants.length })}
          </Typography>
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {s.applicants.map((a, i) => (
              <li key={i} data-testid="itinerary-applicant">
                <strong>{a.name}</strong>（{a.kana}）・{a.applicationType}
                <br />
                {`${t('identity')}: ${a.identityDocuments.join('、') || t('noDocuments')} — ${a.identityMessage}`}
                {a.notes.length > 0 && (
                  <>
                    <br />
                    {a.notes.join('／')}
                  </>
                )}
              </li>
            ))}
          </Box>
        </Box>
      )}
      {s.cautions && <Line label={t('cautions')}>{s.cautions}</Line>}
      <Line label={t('bring')}>{s.bring.map((b) => `□ ${b}`).join('\n')}</Line>
      {s.checklist && (
        <Line label={t('checklist')}>{s.checklist.map((c) => `${c.label}: ${c.state}${c.note ? `（${c.note}）` : ''}`).join('\n')}</Line>
      )}
    </Box>
  );
}
