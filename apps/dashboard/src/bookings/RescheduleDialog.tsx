import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import type { BookingView, SlotOffer, SlotRequest } from '@outreach/domain/bookings';
import { addDays } from '@outreach/domain/common';
import { HttpError } from 'ra-core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import type { TakenBody } from './booking';
import { emptyOverrides, emptyWish, type OverridesForm, overridesBody, type WishForm, wishesOf, withWishText } from './intakeForm';
import { focusField } from './keyboard';
import { OfferList } from './OfferList';
import { OverridesPanel } from './OverridesPanel';
import { keepSelection, offerKey, offerText } from './offers';
import { useBookingT } from './useBookingT';
import { useSlotSearch } from './useSlotSearch';
import { mondayOf } from './weekGrid';
import { WeekView } from './WeekView';
import { WishesSection } from './WishesSection';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { serverToday } from '../common/serverClock';

const OFFERS_ID = 'bk-move-offers';
const NO_EXCLUDED: never[] = [];

/**
 * 日時変更 (or, for a facility request, 日時を確定): the slot finder for this booking, then POST /place. The
 * reception number stays.
 */
export function RescheduleDialog({ booking, open, onClose, onDone }: { booking: BookingView; open: boolean; onClose: () => void; onDone: (b: BookingView) => void }) {
  const t = useBookingT();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const today = serverToday();
  const [wish, setWish] = useState<WishForm>(emptyWish);
  const [selectedKey, setSelectedKey] = useState<string>();
  const [conflict, setConflict] = useState<{ message: string; alternatives: SlotOffer[] }>();
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const [version, setVersion] = useState(0);
  const request: SlotRequest = useMemo(
    () => ({ kind: booking.kind, plannedApplications: booking.plannedApplications, district: booking.district, wishes: wishesOf(wish) }),
    [booking, wish],
  );
  const { canAccess: canOverride = false } = useCanAccess({ resource: 'bookings', action: 'override' });
  const [overrides, setOverrides] = useState<OverridesForm>(emptyOverrides);
  const exception = useMemo(() => (canOverride ? overridesBody(overrides) : undefined), [canOverride, overrides]);
  // A facility's request being confirmed keeps its month of notice from the call (003 §8(2)オ).
  const search = useSlotSearch(booking.programId, open ? request : undefined, version, exception, booking.status === 'tentative' ? booking.receivedDate : undefined);
  const offers = conflict?.alternatives ?? search.result?.offers ?? [];
  const selected = keepSelection(offers, selectedKey);
  const offer = offers[selected];
  const [monday, setMonday] = useState(() => mondayOf(booking.visitDate ?? addDays(today, 14)));
  const offerDate = offer?.date;
  useEffect(() => {
    if (offerDate) setMonday(mondayOf(offerDate));
  }, [offerDate]);
  const weekSelection = useMemo(() => (offer ? { date: offer.date, positions: offer.positions } : undefined), [offer]);
  const confirming = booking.status === 'tentative';

  const place = async (choice: SlotOffer | undefined) => {
    if (!choice || sending.current) return;
    sending.current = true;
    setBusy(true);
    try {
      const placed = await dataProvider.placeBooking(booking.id, choice, exception);
      notify(confirming ? 'app.bookings.notify.confirmed' : 'app.bookings.notify.moved', { type: 'success', messageArgs: { slot: offerText(choice) } });
      onDone(placed);
    } catch (error) {
      if (error instanceof HttpError && error.status === 409) {
        setConflict({ message: error.message, alternatives: ((error.body ?? {}) as TakenBody).alternatives ?? [] });
        setSelectedKey(undefined);
        setVersion((v) => v + 1);
        setTimeout(() => focusField(OFFERS_ID), 0);
      } else notify(errorMessage(error), { type: 'error' });
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>
        {confirming ? t('actions.confirm') : t('actions.reschedule')} — {t('fields.receptionNumber')} {booking.receptionNumber}
      </DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 1 }}>
          <WishesSection
            wish={wish}
            today={today}
            errors={{}}
            excluded={Object.keys(request.wishes).length > 0 ? (search.result?.excluded ?? NO_EXCLUDED) : NO_EXCLUDED}
            onText={(text) => {
              setWish((w) => withWishText(w, text, today));
              setConflict(undefined);
            }}
            onChange={(change) => {
              setWish((w) => ({ ...w, ...change }));
              setConflict(undefined);
            }}
            onEnter={() => focusField(OFFERS_ID)}
          />
        </Box>
        <Box sx={{ display: 'grid', gap: 1 }}>
          <Box sx={{ height: 4 }}>{search.pending && <LinearProgress />}</Box>
          {conflict && <Alert severity="error">{conflict.message}</Alert>}
          {(search.result?.warnings ?? []).map((w) => (
            <Alert key={w} severity="warning">
              {w}
            </Alert>
          ))}
          {search.error ? <Alert severity="error">{translate(errorMessage(search.error))}</Alert> : null}
          {canOverride && <OverridesPanel value={overrides} onChange={setOverrides} />}
          <OfferList
            id={OFFERS_ID}
            label={t('finder.title')}
            offers={offers}
            selected={selected}
            onSelect={(i) => offers[i] && setSelectedKey(offerKey(offers[i]))}
            onBook={(o) => void place(o)}
          />
          <WeekView programId={booking.programId} monday={monday} onMonday={setMonday} selected={weekSelection} refreshKey={version} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('actions.close')}</Button>
        <Button variant="contained" disabled={!offer || busy} onClick={() => void place(offer)}>
          {confirming ? t('actions.confirm') : t('actions.reschedule')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
