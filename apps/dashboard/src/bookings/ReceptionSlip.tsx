import { useQuery } from '@tanstack/react-query';
import { Box, Typography } from '@mui/material';
import { applicantOutingDifficulty, applicantRelation, type BookingPersonalView, IDENTITY_DOCUMENTS } from '@outreach/domain/bookings';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { visitText } from './offers';
import { useBookingT } from './useBookingT';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { formatOfficialDate } from '../common/dates';
import { PrintSheet } from '../common/PrintSheet';

/**
 * 受付票: the reception slip as one A4 page, without the menu; 印刷 prints it. Loading it reads the personal data,
 * which the API records in the handling record.
 */
export function ReceptionSlipPage() {
  const t = useBookingT();
  const translate = useTranslate();
  const { id = '' } = useParams();
  const dataProvider = useAppDataProvider();
  const loaded = useQuery({ queryKey: ['bookings', id, 'personal'], queryFn: () => dataProvider.bookingPersonal(id), ...QUERY_ONCE });

  return (
    <PrintSheet
      labels={{ back: t('actions.back'), print: t('actions.print'), loading: t('loading') }}
      pending={loaded.isPending}
      error={loaded.error ? translate(errorMessage(loaded.error)) : null}
      ready={!!loaded.data}
    >
      {loaded.data && <Slip data={loaded.data} />}
    </PrintSheet>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="tr">
      <Box component="th" scope="row" sx={{ textAlign: 'left', verticalAlign: 'top', width: '28%', bgcolor: '#f3f3f3', border: '1px solid #999', px: 1, py: 0.5, fontWeight: 700 }}>
        {label}
      </Box>
      <Box component="td" sx={{ border: '1px solid #999', px: 1, py: 0.5, verticalAlign: 'top', whiteSpace: 'pre-wrap' }}>
        {children}
      </Box>
    </Box>
  );
}

function Table({ children }: { children: ReactNode }) {
  return (
    <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mb: 2, breakInside: 'avoid' }}>
      <tbody>{children}</tbody>
    </Box>
  );
}

function Slip({ data }: { data: BookingPersonalView }) {
  const t = useBookingT();
  const b = data.booking;
  return (
    <Box data-testid="reception-slip">
      <Box sx={{ display: 'flex', alignItems: 'baseline', mb: 2 }}>
        <Typography component="h1" sx={{ fontSize: '18pt', fontWeight: 700, letterSpacing: '0.3em' }}>
          {data.type === 'home' ? t('slip.title') : t('slip.facilityTitle')}
        </Typography>
        <Typography sx={{ ml: 'auto', fontSize: '12pt' }}>
          {t('fields.receptionNumber')} <strong data-testid="slip-number">{b.receptionNumber}</strong>
        </Typography>
      </Box>
      <Table>
        <Row label={t('fields.receivedDate')}>{formatOfficialDate(b.receivedDate)}</Row>
        <Row label={t('fields.visit')}>{b.visitDate ? visitText(b.visitDate, b.half, b.window) : t('slip.notPlaced')}</Row>
        <Row label={t('fields.status')}>{t(`statuses.${b.status}`)}</Row>
        <Row label={t('fields.district')}>{b.district ?? t('districtUnknown')}</Row>
        <Row label={t('fields.plannedApplications')}>{b.plannedApplications}</Row>
      </Table>
      {data.type === 'home' ? <HomeSlip data={data} /> : <FacilitySlip data={data} />}
      <Typography sx={{ fontSize: '8.5pt', color: '#555', mt: 3 }}>{t('slip.footer')}</Typography>
    </Box>
  );
}

function yesNo(t: (k: string) => string, v: boolean) {
  return v ? t('slip.yes') : t('slip.no');
}

function HomeSlip({ data }: { data: Extract<BookingPersonalView, { type: 'home' }> }) {
  const t = useBookingT();
  const { caller, applicants } = data.intake;
  return (
    <>
      <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, mb: 0.5 }}>
        {t('sections.caller')}
      </Typography>
      <Table>
        <Row label={t('fields.relation')}>{t(`relations.${caller.relation}`)}</Row>
        {caller.relation !== 'self' && (
          <>
            <Row label={t('fields.callerName')}>{caller.name ?? ''}</Row>
            <Row label={t('fields.relationDetail')}>{caller.relationDetail ?? ''}</Row>
            <Row label={t('fields.callerPhone')}>{caller.phone ?? ''}</Row>
          </>
        )}
        {caller.relation === 'requested_in_presence' && <Row label={t('fields.inPresenceConfirmed')}>{caller.inPresenceConfirmed ? t('slip.confirmed') : t('slip.notConfirmed')}</Row>}
      </Table>
      {applicants.map((a, i) => (
        <Box key={i} sx={{ breakInside: 'avoid' }}>
          <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, mb: 0.5 }}>
            {t('applicantN', { n: i + 1 })}
          </Typography>
          <Table>
            <Row label={t('fields.kana')}>{a.kana}</Row>
            <Row label={t('fields.name')}>
              <Box component="span" data-testid="slip-applicant-name" sx={{ fontSize: '13pt', fontWeight: 700 }}>
                {a.name}
              </Box>
            </Row>
            <Row label={t('fields.dateOfBirth')}>
              {formatOfficialDate(a.dateOfBirth)}（{a.dateOfBirth}）
            </Row>
            <Row label={t('fields.address')}>{a.address}</Row>
            <Row label={t('fields.phone')}>{a.phone}</Row>
            <Row label={t('fields.applicantRelation')}>
              <span data-testid="slip-applicant-relation">{t(`relations.${applicantRelation(data.intake, i)}`)}</span>
            </Row>
            <Row label={t('fields.outingDifficulty')}>{applicantOutingDifficulty(data.intake, i)}</Row>
            <Row label={t('fields.applicationType')}>{t(`applicationTypes.${a.applicationType}`)}</Row>
            <Row label={t('fields.identityDocuments')}>
              {a.identityDocuments.length
                ? a.identityDocuments.map((id) => t('slip.document', { label: t(`documents.${id}`), class: IDENTITY_DOCUMENTS.find((d) => d.id === id)?.class ?? '' })).join('、')
                : t('slip.none')}
              {data.identity[i] && (
                <Box component="span" sx={{ display: 'block', fontWeight: 700 }}>
                  {data.identity[i].ok ? '✓ ' : '⚠ '}
                  {data.identity[i].message}
                </Box>
              )}
            </Row>
            <Row label={t('fields.condition')}>
              {t('slip.photo')} {yesNo(t, a.condition.photoPossible)} ／ {t('slip.write')} {yesNo(t, a.condition.canWrite)} ／ {t('slip.caregiver')}{' '}
              {a.condition.caregiverPresent ? t('slip.present') : t('slip.absent')}
              {a.condition.note ? `\n${a.condition.note}` : ''}
            </Row>
          </Table>
        </Box>
      ))}
      <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, mb: 0.5 }}>
        {t('sections.details')}
      </Typography>
      <Table>
        <Row label={t('fields.wishNote')}>{data.intake.wishNote ?? ''}</Row>
        <Row label={t('fields.parking')}>{t(`parking.${data.intake.parking}`)}</Row>
        <Row label={t('fields.cautions')}>{data.intake.cautions ?? ''}</Row>
      </Table>
      <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, mb: 0.5 }}>
        {t('slip.guidance')}
      </Typography>
      <Table>
        {data.guidance.length === 0 ? (
          <Row label="—">{t('slip.none')}</Row>
        ) : (
          data.guidance.map((g) => (
            <Row key={g.id} label={g.given ? t('slip.given') : t('slip.notGiven')}>
              {g.text}
            </Row>
          ))
        )}
      </Table>
    </>
  );
}

function FacilitySlip({ data }: { data: Extract<BookingPersonalView, { type: 'facility' }> }) {
  const t = useBookingT();
  const r = data.request;
  return (
    <>
    <Table>
      <Row label={t('facility.facilityName')}>
        <Box component="span" data-testid="slip-applicant-name" sx={{ fontWeight: 700 }}>
          {r.facilityName}
        </Box>
      </Row>
      <Row label={t('facility.facilityType')}>{r.facilityType}</Row>
      <Row label={t('facility.address')}>{r.address}</Row>
      <Row label={t('facility.phone')}>{r.phone}</Row>
      <Row label={t('facility.contactName')}>{r.contactName}</Row>
      <Row label={t('fields.wishNote')}>{r.wishNote ?? ''}</Row>
      <Row label={t('facility.notes')}>{r.notes ?? ''}</Row>
    </Table>
    {data.booking.status === 'tentative' && (
      <>
        <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, mb: 0.5 }}>
          {t('slip.next', { number: data.booking.receptionNumber })}
        </Typography>
        <Box component="ol" data-testid="slip-next-steps" sx={{ m: 0, mb: 2, pl: 3, fontSize: '10.5pt', '& li': { mb: 0.5 } }}>
          {(['next1', 'next2', 'next3', 'next4'] as const).map((k) => (
            <li key={k}>{t(`slip.${k}`, { number: data.booking.receptionNumber })}</li>
          ))}
        </Box>
      </>
    )}
    </>
  );
}
