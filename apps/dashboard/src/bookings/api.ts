import type { DateKey, DayAvailability, ReceptionListRow, SlotRequest } from '@outreach/domain';
import type { Identifier } from 'ra-core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { recordUrl } from '../providers/dataProvider';
import { API, apiFetch } from '../providers/http';
import type { Booking, BookingPersonal, PreMeetingView, SlotSearchResult } from './booking';
import type { SlotChoiceLike } from './intakeForm';

type Overrides = { leadTime?: boolean; pmThirdTravel?: boolean; reason: string };
import type { TravelMatrixForm } from './travelMatrix';

const program = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);
const booking = (id: Identifier, suffix = '') => recordUrl('bookings', id, suffix);

/** The booking calls that are not react-admin CRUD; errors reach the caller as HttpError with the API's fields. */
export const bookingsApi = {
  search: async (programId: Identifier, request: SlotRequest, overrides?: Overrides) =>
    (await apiFetch<SlotSearchResult>(program(programId, '/slots/search'), { method: 'POST', body: overrides ? { request, overrides } : { request } })).json,

  availability: async (programId: Identifier, from: DateKey, to: DateKey) =>
    (await apiFetch<DayAvailability[]>(program(programId, `/availability?from=${from}&to=${to}`))).json,

  create: async (programId: Identifier, body: unknown) => (await apiFetch<Booking>(program(programId, '/bookings'), { method: 'POST', body })).json,

  /** Logs the call the booking is taken in (受電記録, category 予約, outcome 予約成立); its id goes with the booking. */
  logBookingCall: async (programId: Identifier) =>
    (await apiFetch<{ id: string }>(`${API}/calls`, { method: 'POST', body: { programId, category: 'booking', outcome: 'booked' } })).json,

  /** Moves a booking (the number stays) or confirms a facility request into a slot. */
  place: async (id: Identifier, choice: SlotChoiceLike, overrides?: Overrides) =>
    (await apiFetch<Booking>(booking(id, '/place'), { method: 'POST', body: { choice: { ...choice, positions: [...choice.positions] }, ...(overrides ? { overrides } : {}) } })).json,

  close: async (id: Identifier, action: 'cancel' | 'no-show', reason: string) =>
    (await apiFetch<Booking>(booking(id, `/${action}`), { method: 'POST', body: { reason } })).json,

  deletePersonal: async (id: Identifier) => (await apiFetch<Booking>(booking(id, '/delete-personal-data'), { method: 'POST' })).json,

  personal: async (id: Identifier) => (await apiFetch<BookingPersonal>(booking(id, '/personal'))).json,

  receptionList: async (programId: Identifier) => (await apiFetch<ReceptionListRow[]>(program(programId, '/reception-list'))).json,

  share: async (programId: Identifier, weekStart: DateKey) =>
    (await apiFetch<Booking[]>(program(programId, '/reception-slips/share'), { method: 'POST', body: { weekStart } })).json,

  travelMatrix: async (programId: Identifier) => (await apiFetch<TravelMatrixForm>(program(programId, '/travel-matrix'))).json,

  saveTravelMatrix: async (programId: Identifier, matrix: TravelMatrixForm) =>
    (await apiFetch<TravelMatrixForm>(program(programId, '/travel-matrix'), { method: 'PUT', body: matrix })).json,

  preMeetings: async (programId: Identifier) => (await apiFetch<PreMeetingView[]>(program(programId, '/pre-meetings'))).json,

  addPreMeeting: async (programId: Identifier, body: { date: DateKey; half: 'am' | 'pm'; note?: string }) =>
    (await apiFetch<PreMeetingView>(program(programId, '/pre-meetings'), { method: 'POST', body })).json,

  removePreMeeting: async (programId: Identifier, id: string) => {
    await apiFetch(program(programId, `/pre-meetings/${encodeURIComponent(id)}`), { method: 'DELETE' });
  },
};

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => void;
}

/** Loads whenever `key` changes (undefined = nothing to load yet); a 401 ends the session, other errors are returned. */
export function useLoad<T>(load: () => Promise<T>, key: string | undefined): Loaded<T> {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [state, setState] = useState<{ data?: T; error?: unknown; isPending: boolean }>({ isPending: key !== undefined });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    setState((previous) => ({ ...previous, isPending: true }));
    loadRef.current().then(
      (data) => live && setState({ data, isPending: false }),
      (error: unknown) => {
        if (!live) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => {
      live = false;
    };
  }, [key, version, logoutIfAccessDenied]);

  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, isPending: state.isPending, refetch };
}

/** The message of a refused call (the API's Japanese message), or react-admin's generic one. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}
