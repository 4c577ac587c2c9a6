import { useQuery } from '@tanstack/react-query';
import AddIcon from '@mui/icons-material/PersonAddAlt1';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import type { BookingView, OverridableRule, SlotOffer } from '@outreach/domain/bookings';
import { addDays, type FieldErrors } from '@outreach/domain/common';
import { HttpError } from 'ra-core';
import { type ChangeEvent, type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { RequireProgram } from '../common/RequireProgram';
import { booksVisits, type ProgramSummary } from '@outreach/domain/programs';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { CallBackDialog } from '../call-backs';
import { ApplicantCard } from './ApplicantCard';
import type { TakenBody } from './booking';
import { BookingConfirmation } from './BookingConfirmation';
import { CallerSection } from './CallerSection';
import { FacilityRequestForm } from './FacilityRequestForm';
import { GuidanceChecklist } from './GuidanceChecklist';
import {
  addApplicant,
  fieldProblem,
  callBackDraft,
  emptyFacilityForm,
  emptyHomeForm,
  emptyOverrides,
  overridesActive,
  requirementProblems,
  type FacilityForm,
  facilityBookingBody,
  facilitySearchRequest,
  fieldId,
  firstErrorPath,
  focusTarget,
  formErrorsFromApi,
  guidanceFor,
  type ApplicantForm,
  type HomeForm,
  homeBookingBody,
  homeSearchRequest,
  type OverridesForm,
  overridesBody,
  type Parking,
  removeApplicant,
  validateFacility,
  validateHome,
  type WishForm,
  withApplicant,
  withWishText,
} from './intakeForm';
import { focusField } from './keyboard';
import { OfferList } from './OfferList';
import { OVERRIDE_REASON_ID, OverridesPanel } from './OverridesPanel';
import { keepSelection, offerKey } from './offers';
import { useBookingT } from './useBookingT';
import { useSlotSearch } from './useSlotSearch';
import { mondayOf } from './weekGrid';
import { WeekView } from './WeekView';
import { WishesSection } from './WishesSection';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { serverToday } from '../common/serverClock';

const OFFERS_ID = 'bk-offers';
const PARKING: Parking[] = ['available', 'unavailable', 'unknown'];
const NONE: never[] = [];

/** Drops the errors of the fields that just changed. */
function without(errors: FieldErrors, ...prefixes: string[]): FieldErrors {
  const keys = Object.keys(errors).filter((k) => prefixes.some((p) => k === p || k.startsWith(`${p}.`)));
  if (keys.length === 0) return errors;
  const out = { ...errors };
  for (const k of keys) delete out[k];
  return out;
}

/** 予約受付: the operator's one screen for a call (see BookingDeskScreen); a program that books no visits says so instead. */
export function BookingDesk() {
  return <RequireProgram>{(program) => (booksVisits(program) ? <BookingDeskScreen key={program.id} program={program} /> : <NotTaken />)}</RequireProgram>;
}

/** Reached by an old link or bookmark: the menu offers no 予約受付 where the program takes no bookings (menuGroups). */
function NotTaken() {
  const t = useBookingT();
  return (
    <>
      <Title title={t('title')} />
      <Alert severity="info" sx={{ mt: 2 }}>
        {t('notTaken')}
      </Alert>
    </>
  );
}

/**
 * Left, in the order of the conversation: the caller, the applicants, the guidance to read out, the wishes and
 * the visit details. Right: the slot finder, searching again as the wishes change, and the week view. Tab follows
 * the conversation; Enter in the wishes jumps to the offers, Enter on an offer books it (Ctrl+Enter anywhere).
 */
function BookingDeskScreen({ program }: { program: ProgramSummary }) {
  const t = useBookingT();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { canAccess: canLogCall = false } = useCanAccess({ resource: 'calls', action: 'create' });
  const today = serverToday();

  const [mode, setMode] = useState<'home' | 'facility'>('home');
  const [home, setHome] = useState<HomeForm>(emptyHomeForm);
  const [facility, setFacility] = useState<FacilityForm>(emptyFacilityForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [selectedKey, setSelectedKey] = useState<string>();
  const [conflict, setConflict] = useState<{ message: string; alternatives: SlotOffer[] }>();
  const [result, setResult] = useState<{ booking: BookingView; guidanceLeft: number }>();
  const [busy, setBusy] = useState(false);
  /** Set at once (state is not): a second Enter while the first booking is on its way does nothing. */
  const sending = useRef(false);
  const [generation, setGeneration] = useState(0);
  const [refresh, setRefresh] = useState(0);
  const callId = useRef<string | undefined>(undefined);
  const [callBackOpen, setCallBackOpen] = useState(false);

  const matrix = useQuery({ queryKey: ['programs', program.id, 'travel-matrix'], queryFn: () => dataProvider.travelMatrix(program.id), ...QUERY_ONCE });
  const districts = matrix.data?.districts ?? [];

  const request = useMemo(() => (mode === 'home' ? homeSearchRequest(home) : facilitySearchRequest(facility)), [mode, home, facility]);
  const requestKey = JSON.stringify(request);
  const { canAccess: canOverride = false } = useCanAccess({ resource: 'bookings', action: 'override' });
  const [overrides, setOverrides] = useState<OverridesForm>(emptyOverrides);
  const exception = useMemo(() => (mode === 'home' && canOverride ? overridesBody(overrides) : undefined), [mode, canOverride, overrides]);
  const search = useSlotSearch(program.id, result ? undefined : request, refresh, exception);
  useEffect(() => setConflict(undefined), [requestKey]);

  const offers = conflict?.alternatives ?? search.result?.offers ?? [];
  const selected = keepSelection(offers, selectedKey);
  const offer: SlotOffer | undefined = offers[selected];
  const [monday, setMonday] = useState(() => mondayOf(addDays(today, 14)));
  const offerDate = offer?.date;
  useEffect(() => {
    if (offerDate) setMonday(mondayOf(offerDate));
  }, [offerDate]);
  const weekSelection = useMemo(() => (offer ? { date: offer.date, positions: offer.positions } : undefined), [offer]);

  const typesKey = home.applicants.map((a) => a.applicationType).join(',');
  // typesKey stands for the applicants' types, all that the checklist depends on.
  const guidance = useMemo(() => guidanceFor(home, program), [typesKey, program]);
  const wish = mode === 'home' ? home.wish : facility.wish;

  // ---------------------------------------------------------------------------------------------- changes
  // Stable handlers (functional updates): a key typed in one field re-renders that field's section only.
  const changeHome = useCallback((update: (form: HomeForm) => HomeForm, ...paths: string[]) => {
    setHome(update);
    setErrors((e) => without(e, ...paths));
  }, []);
  const changeCaller = useCallback((change: Partial<HomeForm['caller']>) => changeHome((f) => ({ ...f, caller: { ...f.caller, ...change } }), 'caller'), [changeHome]);
  const changeApplicant = useCallback(
    (i: number, change: Partial<ApplicantForm>) => changeHome((f) => withApplicant(f, i, change), ...Object.keys(change).map((k) => `applicants.${i}.${k}`), 'guidanceGiven'),
    [changeHome],
  );
  const dropApplicant = useCallback((i: number) => changeHome((f) => removeApplicant(f, i), 'applicants'), [changeHome]);
  const changeGuidance = useCallback((given: string[]) => changeHome((f) => ({ ...f, guidanceGiven: given }), 'guidanceGiven'), [changeHome]);
  const changeFacility = useCallback((change: Partial<FacilityForm>) => {
    setFacility((f) => ({ ...f, ...change }));
    setErrors((e) => without(e, ...Object.keys(change)));
  }, []);
  const changeWish = useCallback(
    (change: Partial<WishForm>) => {
      if (mode === 'home') setHome((f) => ({ ...f, wish: { ...f.wish, ...change } }));
      else setFacility((f) => ({ ...f, wish: { ...f.wish, ...change } }));
      setErrors((e) => without(e, 'wishes'));
    },
    [mode],
  );
  const changeWishText = useCallback(
    (text: string) => {
      if (mode === 'home') setHome((f) => ({ ...f, wish: withWishText(f.wish, text, today) }));
      else setFacility((f) => ({ ...f, wish: withWishText(f.wish, text, today) }));
      setErrors((e) => without(e, 'wishes', 'wishNote'));
    },
    [mode, today],
  );
  const jumpToOffers = useCallback(() => focusField(OFFERS_ID), []);
  // Every guidance item read out: on to the caller's wishes, as a Tab would.
  const guidanceDone = useCallback(() => focusField(fieldId('wishNote')), []);
  // Each field is checked as it is left, by the booking's own schema (the home form's latest state through a ref).
  const homeRef = useRef(home);
  homeRef.current = home;
  const checkField = useCallback(
    (path: string) => {
      const problem = fieldProblem(homeRef.current, path, today);
      if (problem) setErrors((e) => (e[path] === problem ? e : { ...e, [path]: problem }));
    },
    [today],
  );

  // The week view: judged for the same request as the finder, so that the two agree.
  const weekRequest = useMemo(() => ({ kind: request.kind, plannedApplications: request.plannedApplications, district: request.district }), [request.kind, request.plannedApplications, request.district]);
  const weekException = useMemo(() => (canOverride ? { leadTime: overrides.leadTime, pmThirdTravel: overrides.pmThirdTravel } : undefined), [canOverride, overrides.leadTime, overrides.pmThirdTravel]);
  /** A takeable position clicked: its offer is selected, or the wish becomes that day and half so the finder offers it. */
  const pickFromWeek = useCallback(
    ({ date, half }: { date: string; half: 'am' | 'pm' }) => {
      const found = offersRef.current.find((o) => o.date === date && (o.half === half || o.half === 'both'));
      if (found) setSelectedKey(offerKey(found));
      else changeWish({ dates: [date], halves: [half], weekdays: [], from: '', to: '' });
    },
    [changeWish],
  );
  const overrideFromWeek = useCallback(
    (rules: OverridableRule[], at: { date: string; half: 'am' | 'pm' }) => {
      setOverrides((o) => ({ ...o, leadTime: o.leadTime || rules.includes('leadTime'), pmThirdTravel: o.pmThirdTravel || rules.includes('pmThirdTravel') }));
      pickFromWeek(at);
      setTimeout(() => focusField(OVERRIDE_REASON_ID), 0);
    },
    [pickFromWeek],
  );

  const showErrors = (found: FieldErrors, kind: 'home' | 'facility') => {
    setErrors(found);
    const first = firstErrorPath(found, kind);
    if (first && first !== 'choice') setTimeout(() => focusField(focusTarget(first)), 0);
  };

  // ---------------------------------------------------------------------------------------------- booking
  const logCall = async (): Promise<string | undefined> => {
    if (!canLogCall) return undefined;
    try {
      return (await dataProvider.logBookingCall(program.id)).id;
    } catch {
      return undefined; // the booking matters more than its call log entry (a 401 has ended the session already)
    }
  };

  const refused = async (error: unknown, kind: 'home' | 'facility') => {
    if (error instanceof HttpError && error.status === 409) {
      const body = (error.body ?? {}) as TakenBody;
      setConflict({ message: error.message, alternatives: body.alternatives ?? [] });
      setSelectedKey(undefined);
      setRefresh((r) => r + 1);
      setTimeout(() => focusField(OFFERS_ID), 0);
      return;
    }
    const fields = formErrorsFromApi(fieldErrorsOf(error));
    if (Object.keys(fields).length) showErrors(fields, kind);
    notify(errorMessage(error), { type: 'error' });
  };

  /**
   * A checked form sent once: its errors shown if any; else the call logged (once, kept for a retry), the booking
   * created and `done` with it, or the refusal shown.
   */
  const send = async (kind: 'home' | 'facility', found: FieldErrors, body: (callId: string | undefined) => unknown, done: (booking: BookingView) => void) => {
    if (Object.keys(found).length) {
      showErrors(found, kind);
      notify('app.bookings.notify.checkFields', { type: 'warning' });
      return;
    }
    sending.current = true;
    setBusy(true);
    try {
      callId.current ??= await logCall();
      const booking = await dataProvider.createBooking(program.id, body(callId.current));
      callId.current = undefined;
      done(booking);
      setErrors({});
    } catch (error) {
      await refused(error, kind);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const book = async (choice: SlotOffer | undefined) => {
    if (sending.current || mode !== 'home') return;
    if (!choice) {
      notify('app.bookings.notify.chooseSlot', { type: 'warning' });
      return;
    }
    const waived = canOverride && overrides.requirements && overrides.reason.trim() !== '';
    const found = { ...(waived ? {} : requirementProblems(home, program)), ...validateHome(home, today) };
    if (canOverride && overridesActive(overrides) && overrides.reason.trim() === '') {
      notify('app.bookings.overrides.reasonNeeded', { type: 'warning' });
      return;
    }
    await send('home', found, (id) => homeBookingBody(home, choice, id, canOverride ? overrides : undefined, program), (booking) => {
      setResult({ booking, guidanceLeft: guidance.filter((g) => !home.guidanceGiven.includes(g.id)).length });
      setConflict(undefined);
    });
  };

  const submitFacility = async () => {
    if (sending.current || mode !== 'facility') return;
    await send('facility', validateFacility(facility), (id) => facilityBookingBody(facility, id), (booking) => setResult({ booking, guidanceLeft: 0 }));
  };

  // The offer list and the week view keep their props between key strokes (see the handlers above).
  const bookRef = useRef(book);
  bookRef.current = book;
  const bookOffer = useCallback((o: SlotOffer) => void bookRef.current(o), []);
  const offersRef = useRef(offers);
  offersRef.current = offers;
  const selectOffer = useCallback((i: number) => {
    const o = offersRef.current[i];
    if (o) setSelectedKey(offerKey(o));
  }, []);

  const next = () => {
    setResult(undefined);
    setHome(emptyHomeForm());
    setFacility(emptyFacilityForm());
    setErrors({});
    setSelectedKey(undefined);
    setConflict(undefined);
    setOverrides(emptyOverrides());
    setRefresh((r) => r + 1);
    setGeneration((g) => g + 1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (mode === 'home') void book(offer);
    else void submitFacility();
  };

  // ---------------------------------------------------------------------------------------------- view
  if (result) {
    return (
      <Box sx={{ mt: 2, maxWidth: 720 }}>
        <Title title={t('title')} />
        <BookingConfirmation booking={result.booking} guidanceLeft={result.guidanceLeft} onNext={next} />
      </Box>
    );
  }

  /** A text field of the home form: its id, its value, a change that clears its error, and whether it has one. */
  const homeText = (key: 'cautions' | 'plannedApplications') => ({
    id: fieldId(key),
    value: home[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.target.value;
      changeHome((f) => ({ ...f, [key]: value }), key);
    },
    error: !!errors[key],
  });

  const visitDetails = (
    <Box component="section" aria-labelledby="bk-details-heading" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="bk-details-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('sections.details')}
      </Typography>
      <TextField
        id={fieldId('district')}
        select
        size="small"
        label={t('fields.district')}
        value={mode === 'home' ? home.district : facility.district}
        onChange={(e) => {
          const district = e.target.value;
          if (mode === 'home') changeHome((f) => ({ ...f, district }), 'district');
          else changeFacility({ district });
        }}
        error={!!errors.district}
        helperText={errors.district ?? (districts.length ? t('hints.district') : t('hints.noDistricts'))}
      >
        <MenuItem value="">{t('districtUnknown')}</MenuItem>
        {districts.map((d) => (
          <MenuItem key={d} value={d}>
            {d}
          </MenuItem>
        ))}
      </TextField>
      {mode === 'home' ? (
        <>
          <Box>
            <Typography id="bk-parking-label" variant="body2" sx={{ fontWeight: 700 }}>
              {t('fields.parking')}
            </Typography>
            <RadioGroup
              id={fieldId('parking')}
              row
              aria-labelledby="bk-parking-label"
              value={home.parking}
              onChange={(e) => changeHome((f) => ({ ...f, parking: e.target.value as Parking }), 'parking')}
            >
              {PARKING.map((p) => (
                <FormControlLabel key={p} value={p} control={<Radio size="small" />} label={t(`parking.${p}`)} />
              ))}
            </RadioGroup>
          </Box>
          <TextField {...homeText('cautions')} size="small" multiline minRows={2} label={t('fields.cautions')} placeholder={t('hints.cautions')} helperText={errors.cautions} />
          <TextField
            {...homeText('plannedApplications')}
            size="small"
            label={t('fields.plannedApplications')}
            helperText={errors.plannedApplications ?? t('hints.plannedApplications', { count: home.applicants.length })}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ maxWidth: 280 }}
          />
        </>
      ) : (
        <TextField
          id={fieldId('notes')}
          size="small"
          multiline
          minRows={2}
          label={t('facility.notes')}
          value={facility.notes}
          onChange={(e) => changeFacility({ notes: e.target.value })}
          error={!!errors.notes}
          helperText={errors.notes}
        />
      )}
    </Box>
  );

  return (
    <Box sx={{ mt: 1 }} onKeyDown={onKeyDown}>
      <Title title={t('title')} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Tabs
          value={mode}
          onChange={(_, value: 'home' | 'facility') => {
            setMode(value);
            setErrors({});
            setSelectedKey(undefined);
          }}
          aria-label={t('title')}
        >
          <Tab value="home" label={t('tabs.home')} />
          <Tab value="facility" label={t('tabs.facility')} />
        </Tabs>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 7fr) minmax(0, 5fr)' }, gap: 2, alignItems: 'start' }}>
        <Paper key={`${mode}:${generation}`} sx={{ p: 2, display: 'grid', gap: 2 }} component="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('title')}>
          {mode === 'home' ? (
            <>
              <CallerSection caller={home.caller} errors={errors} onChange={changeCaller} />
              <Box component="section" aria-labelledby="bk-applicants-heading" sx={{ display: 'grid', gap: 1 }}>
                <Typography id="bk-applicants-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
                  {t('sections.applicants')}
                </Typography>
                {errors.applicants && <Alert severity="error">{errors.applicants}</Alert>}
                {home.applicants.map((a, i) => (
                  <ApplicantCard
                    key={i}
                    index={i}
                    applicant={a}
                    errors={errors}
                    today={today}
                    onChange={changeApplicant}
                    onRemove={i > 0 ? dropApplicant : undefined}
                    onCheck={checkField}
                  />
                ))}
                <Box>
                  <Button size="small" startIcon={<AddIcon />} onClick={() => changeHome(addApplicant, 'applicants')}>
                    {t('actions.addApplicant')}
                  </Button>
                </Box>
              </Box>
              <GuidanceChecklist items={guidance} given={home.guidanceGiven} onChange={changeGuidance} onDone={guidanceDone} error={errors.guidanceGiven} />
            </>
          ) : (
            <FacilityRequestForm programId={program.id} form={facility} errors={errors} onChange={changeFacility} />
          )}
          <WishesSection
            wish={wish}
            today={today}
            errors={errors}
            excluded={Object.keys(request.wishes).length > 0 ? (search.result?.excluded ?? NONE) : NONE}
            onText={changeWishText}
            onChange={changeWish}
            onEnter={jumpToOffers}
          />
          {visitDetails}
        </Paper>

        <Paper sx={{ p: 2, display: 'grid', gap: 1.5, position: { lg: 'sticky' }, top: { lg: 72 } }} component="section" aria-labelledby="bk-finder-heading">
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
            <Typography id="bk-finder-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
              {conflict ? t('finder.alternatives') : t('finder.title')}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t('finder.request', { count: request.plannedApplications, district: request.district ?? t('districtUnknown') })}
            </Typography>
          </Box>
          <Box sx={{ height: 4 }}>{search.pending && <LinearProgress aria-label={t('finder.searching')} />}</Box>
          {conflict && (
            <Alert severity="error" data-testid="slot-taken">
              {conflict.message}
            </Alert>
          )}
          {(search.result?.warnings ?? []).map((w) => (
            <Alert key={w} severity="warning" data-testid="finder-warning">
              {w}
            </Alert>
          ))}
          {search.error ? <Alert severity="error">{translate(errorMessage(search.error))}</Alert> : null}
          {errors.choice && <Alert severity="error">{errors.choice}</Alert>}
          <OfferList
            id={OFFERS_ID}
            label={conflict ? t('finder.alternatives') : t('finder.title')}
            offers={offers}
            selected={selected}
            onSelect={selectOffer}
            onBook={bookOffer}
            readOnly={mode === 'facility'}
          />
          {mode === 'home' && canOverride && <OverridesPanel value={overrides} onChange={setOverrides} requirements />}
          {mode === 'home' ? (
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Button variant="contained" size="large" disabled={!offer || busy} onClick={() => void book(offer)}>
                {t('actions.book')}
              </Button>
              <Typography variant="caption" color="text.secondary">
                {t('hints.bookKeys')}
              </Typography>
            </Box>
          ) : (
            <Box sx={{ display: 'grid', gap: 1 }}>
              <Typography variant="body2" color="text.secondary">
                {t('hints.facilityTentative')}
              </Typography>
              <Box>
                <Button variant="contained" size="large" disabled={busy} onClick={() => void submitFacility()}>
                  {t('actions.submitFacility')}
                </Button>
              </Box>
            </Box>
          )}
          {canLogCall && (
            <Box sx={{ display: 'grid', gap: 0.5 }}>
              {offers.length === 0 && !search.pending && <Typography variant="body2">{translate('app.callBacks.saveHint')}</Typography>}
              <Box>
                <Button variant="outlined" size="small" startIcon={<PhoneCallbackIcon />} onClick={() => setCallBackOpen(true)}>
                  {translate('app.callBacks.save')}
                </Button>
              </Box>
            </Box>
          )}
          {callBackOpen && <CallBackDialog programId={program.id} draft={callBackDraft(mode, home, facility)} onClose={() => setCallBackOpen(false)} />}
          <WeekView
            programId={program.id}
            monday={monday}
            onMonday={setMonday}
            selected={weekSelection}
            refreshKey={refresh}
            request={weekRequest}
            exception={weekException}
            canOverride={canOverride && mode === 'home'}
            onPick={pickFromWeek}
            onOverride={overrideFromWeek}
          />
        </Paper>
      </Box>
    </Box>
  );
}
