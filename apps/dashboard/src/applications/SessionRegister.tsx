import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  PHOTO_EXCEPTION_LABELS,
  PROXY_CONSENT_BY_LABELS,
  RECEIPT_METHOD_LABELS,
  type ApplicationView,
  type PhotoException,
  type ProxyConsentBy,
  type ReceiptMethod,
  type RegisterCandidateView,
} from '@outreach/domain/applications';
import { IDENTITY_DOCUMENTS } from '@outreach/domain/bookings';
import { APPLICATION_TYPES, type ApplicationType } from '@outreach/domain/sessions';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { formatDate, formatDateTime } from '../common/dates';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { AttachFacePhoto, FacePhotoPicker, FacePhotoThumb } from './FacePhoto';
import { draftFromCandidate, type RegisterDraft, registerBody, walkInDraft } from './registerForm';
import { useScopedT } from '../common/useScopedT';

const useT = () => useScopedT('applications');

/**
 * 申請台帳 of a session (issue 19): the booked or listed applicants still to take, each one tap away from a form that
 * starts from what the booking or the list said, and the applications entered. Built for a phone on site.
 */
/**
 * `reported`: a held visit's applications as its daily report counts them, said beside the register's when they
 * differ (a visit whose applications were never entered read 「申請 0件」 here and 4 in its daily report).
 */
export function SessionRegister({ programId, sessionId, reported }: { programId: string; sessionId: string; reported?: number }) {
  const t = useT();
  const dataProvider = useAppDataProvider();
  const queryKey = ['sessionRegister', programId, sessionId];
  const register = useQuery({ queryKey, queryFn: () => dataProvider.sessionRegister(programId, sessionId), ...QUERY_ONCE });
  const [open, setOpen] = useState<{ key: string; draft: RegisterDraft } | null>(null);
  if (register.isPending) return null;
  if (register.error) return <Alert severity="error">{errorMessage(register.error)}</Alert>;
  const r = register.data;
  const c = r.counts;
  const apps = c.applicationsNew + c.applicationsRenewal + c.applicationsReissueLost + c.applicationsReissueDamaged + c.applicationsReissueOther;
  const exceptions = c.photoExceptionsMedical + c.photoExceptionsDisability + c.photoExceptionsBedridden + c.photoExceptionsOther;
  return (
    <Box component="section" aria-labelledby="register-title" sx={{ mt: 3, maxWidth: 720 }}>
      <Typography id="register-title" component="h2" variant="h6">
        {t('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('counts', { apps, onSite: c.photosTakenOnSite, brought: c.photosBrought, exceptions, proxy: c.proxyWriting })}
      </Typography>
      {reported !== undefined && reported !== apps && (
        <Typography variant="body2" color="warning.dark" data-testid="register-reported">
          {t('reported', { reported, apps })}
        </Typography>
      )}
      {r.personalHiddenReason ? (
        <Alert severity="info" sx={{ mt: 1 }}>
          {r.personalHiddenReason}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t(r.walkInAllowed ? 'hintWalkIn' : 'hint')}
          </Typography>
          {/* A session without a booking has nobody waiting to be taken: its applicants are entered on the day. */}
          {!r.walkInAllowed && (
            <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
              {t('toEnter')}
            </Typography>
          )}
          {!r.walkInAllowed && r.candidates.length === 0 && !open && <Typography variant="body2">{t('noCandidates')}</Typography>}
          <Stack spacing={1} sx={{ mt: 1 }}>
            {r.candidates.map((candidate) => {
              const key = `${candidate.bookingId}-${candidate.sourceIndex}`;
              return open?.key === key ? (
                <EntryForm key={key} programId={programId} sessionId={sessionId} initial={open.draft} onDone={() => setOpen(null)} />
              ) : (
                <CandidateCard key={key} candidate={candidate} onTake={() => setOpen({ key, draft: draftFromCandidate(candidate) })} />
              );
            })}
            {open?.key === 'walk-in' && <EntryForm programId={programId} sessionId={sessionId} initial={open.draft} onDone={() => setOpen(null)} />}
          </Stack>
          {r.walkInAllowed && open?.key !== 'walk-in' && (
            <Button sx={{ mt: 1 }} variant="outlined" onClick={() => setOpen({ key: 'walk-in', draft: walkInDraft() })}>
              {t('walkIn')}
            </Button>
          )}
        </>
      )}
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        {t('entered')}（{t('count', { count: r.applications.length })}）
      </Typography>
      {r.applications.length === 0 ? <Typography variant="body2">{t('none')}</Typography> : <EnteredList programId={programId} applications={r.applications} invalidate={queryKey} />}
    </Box>
  );
}

function CandidateCard({ candidate, onTake }: { candidate: RegisterCandidateView; onTake: () => void }) {
  const t = useT();
  const p = candidate.prefill;
  const name = p.name ?? '';
  return (
    <Card variant="outlined">
      <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', py: '12px !important' }}>
        <Box sx={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{name}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {p.kana}
            {p.applicationType ? `・${t(`applicationTypes.${p.applicationType}`)}` : ''}
          </Typography>
        </Box>
        <Button variant="contained" onClick={onTake} aria-label={t('takeWho', { name })}>
          {t('take')}
        </Button>
      </CardContent>
    </Card>
  );
}

function EnteredList({ programId, applications, invalidate }: { programId: string; applications: ApplicationView[]; invalidate: unknown[] }) {
  const t = useT();
  return (
    <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, mt: 1 }}>
      {applications.map((a) => (
        <Card component="li" variant="outlined" key={a.id}>
          <CardContent sx={{ py: '10px !important', display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
            <FacePhotoThumb programId={programId} application={a} />
            <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{a.personal?.name ?? t(`applicationTypes.${a.applicationType}`)}</Typography>
            {a.personal && (
              <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {a.personal.applicationFormId}
              </Typography>
            )}
            <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
              <Chip size="small" label={t(`applicationTypes.${a.applicationType}`)} />
              <Chip size="small" label={t(`photoSources.${a.photoSource}`)} />
              {a.photoException && <Chip size="small" color="warning" label={`${t('photoException')}：${t(`photoExceptions.${a.photoException}`)}`} />}
              {a.proxyWriting && <Chip size="small" label={t('proxyWriting')} />}
              <Chip size="small" label={t(`receiptMethods.${a.receiptMethod}`)} />
              {a.faceAuthCard && <Chip size="small" label={t('faceAuthCard')} />}
            </Stack>
            <Typography variant="caption" color="text.secondary" component="p">
              {formatDate(a.date)}
            </Typography>
            {a.handedOverDate && (
              <Typography variant="caption" color="text.secondary" component="p">
                {t('handedOver', { date: formatDate(a.handedOverDate) })}
              </Typography>
            )}
            {a.personalDataDeletedAt && (
              <Typography variant="caption" color="text.secondary" component="p" data-testid="application-personal-deleted">
                {t('personalDeleted', { at: formatDateTime(a.personalDataDeletedAt) })}
              </Typography>
            )}
            <AttachFacePhoto programId={programId} application={a} invalidate={invalidate} />
            </Box>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

/** One applicant's form: the booking's or list's data to confirm, then 申請書ID, photo, exception, proxy writing, receipt. */
function EntryForm({ programId, sessionId, initial, onDone }: { programId: string; sessionId: string; initial: RegisterDraft; onDone: () => void }) {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [photo, setPhoto] = useState<File | null>(null);
  const [key] = useState(() => crypto.randomUUID());
  const save = useMutation({
    mutationFn: () => dataProvider.fileApplication(programId, sessionId, registerBody(draft), key),
    onSuccess: async (filed) => {
      notify('app.applications.saved', { type: 'success', messageArgs: { name: draft.name } });
      // The photo goes once the application exists; should it be refused, the entered list offers it again.
      if (photo) {
        await dataProvider.attachFacePhoto(programId, filed.id, photo).catch((e: unknown) =>
          notify('app.applications.facePhotoNotSaved', { type: 'error', messageArgs: { message: fieldErrorsOf(e)?.file ?? errorMessage(e) } }),
        );
      }
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['sessionRegister', programId, sessionId] });
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const errors = save.error ? (fieldErrorsOf(save.error) ?? {}) : {};
  const set = <K extends keyof RegisterDraft>(k: K, v: RegisterDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const text = (k: 'name' | 'kana' | 'address' | 'dateOfBirth', extra: object = {}) => (
    <TextField size="small" label={t(k)} value={draft[k]} onChange={(e) => set(k, e.target.value)} error={!!errors[k]} helperText={errors[k]} {...extra} />
  );
  const select = <V extends string>(k: keyof RegisterDraft, label: string, value: V | '', options: Record<string, string>, onChange: (v: V) => void, none?: string) => (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value as V)} error={!!errors[k]} helperText={errors[k]}>
      {none !== undefined && <MenuItem value="">{none}</MenuItem>}
      {Object.entries(options).map(([code, labelOf]) => (
        <MenuItem key={code} value={code}>
          {labelOf}
        </MenuItem>
      ))}
    </TextField>
  );
  const typeLabels = Object.fromEntries(APPLICATION_TYPES.map((type) => [type, t(`applicationTypes.${type}`)]));
  return (
    <Card variant="outlined" component="form" aria-label={draft.name || t('walkIn')} onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <TextField
          size="small"
          required
          autoFocus
          label={t('applicationFormId')}
          value={draft.applicationFormId}
          onChange={(e) => set('applicationFormId', e.target.value)}
          error={!!errors.applicationFormId}
          helperText={errors.applicationFormId}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
        />
        {text('name')}
        {text('kana')}
        {text('dateOfBirth', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
        {text('address')}
        {select<ApplicationType>('applicationType', t('applicationType'), draft.applicationType, typeLabels, (v) => set('applicationType', v))}
        <TextField
          select
          size="small"
          label={t('identityDocuments')}
          value={draft.identityDocuments}
          onChange={(e) => set('identityDocuments', (typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value) as RegisterDraft['identityDocuments'])}
          error={!!errors.identityDocuments}
          helperText={errors.identityDocuments}
          slotProps={{ select: { multiple: true } }}
        >
          {IDENTITY_DOCUMENTS.map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.class}：{d.label}
            </MenuItem>
          ))}
        </TextField>
        <Box>
          <Typography variant="body2" id={`photo-${initial.sourceIndex ?? 'walk-in'}`}>
            {t('photoSource')}
          </Typography>
          <ToggleButtonGroup exclusive size="small" value={draft.photoSource} aria-labelledby={`photo-${initial.sourceIndex ?? 'walk-in'}`} onChange={(_, v: RegisterDraft['photoSource'] | null) => v && set('photoSource', v)}>
            <ToggleButton value="taken_on_site">{t('photoSources.taken_on_site')}</ToggleButton>
            <ToggleButton value="brought">{t('photoSources.brought')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        <FacePhotoPicker label={t('facePhotoPick')} onPick={setPhoto} />
        {photo && <Typography variant="body2">{t('facePhotoChosen', { name: photo.name })}</Typography>}
        {draft.photoSource === 'taken_on_site' &&
          select<PhotoException>('photoException', t('photoException'), draft.photoException ?? '', PHOTO_EXCEPTION_LABELS, (v) => set('photoException', v || null), t('photoExceptionNone'))}
        {draft.photoSource === 'taken_on_site' && draft.photoException && (
          <TextField size="small" required label={t('photoExceptionReason')} value={draft.photoExceptionReason ?? ''} onChange={(e) => set('photoExceptionReason', e.target.value)} error={!!errors.photoExceptionReason} helperText={errors.photoExceptionReason} />
        )}
        <FormControlLabel control={<Switch checked={draft.proxyWriting} onChange={(e) => set('proxyWriting', e.target.checked)} />} label={t('proxyWriting')} />
        {draft.proxyWriting && select<ProxyConsentBy>('proxyConsentBy', t('proxyConsentBy'), draft.proxyConsentBy ?? '', PROXY_CONSENT_BY_LABELS, (v) => set('proxyConsentBy', v))}
        {select<ReceiptMethod>('receiptMethod', t('receiptMethod'), draft.receiptMethod, RECEIPT_METHOD_LABELS, (v) => set('receiptMethod', v))}
        <FormControlLabel control={<Switch checked={draft.faceAuthCard} onChange={(e) => set('faceAuthCard', e.target.checked)} />} label={t('faceAuthCard')} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('save')}
          </Button>
          <Button onClick={onDone}>{t('cancel')}</Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
