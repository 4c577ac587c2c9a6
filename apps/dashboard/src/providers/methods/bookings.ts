import type { CallView } from '@outreach/domain/calls';
import type { AvailabilityRequest, BookingCallerNameView, BookingPersonalView, BookingSearchResultView, BookingView, DayAvailability, PreMeetingView, ReceptionListRow, SlotRequest, SlotSearchView, TravelMatrixView } from '@outreach/domain/bookings';
import type { DateKey } from '@outreach/domain/common';
import type { Identifier } from 'ra-core';
import type { SlotChoiceLike } from '../../bookings/intakeForm';
import { API, apiFetch, recordUrl, uploadForm } from '../http';

type Overrides = { leadTime?: boolean; pmThirdTravel?: boolean; reason: string };

const program = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);
const booking = (id: Identifier, suffix = '') => recordUrl('bookings', id, suffix);

/** The travel matrix as the square sheet 「移動時間」: a download link (not a data provider call). */
export const travelMatrixWorkbookUrl = (programId: Identifier) => program(programId, '/travel-matrix/workbook');

/** The booking calls that are not react-admin CRUD; errors reach the caller as HttpError with the API's fields. */
export const bookingMethods = {
  slotSearch: async (programId: Identifier, request: SlotRequest, overrides?: Overrides, receivedOn?: DateKey) =>
    (await apiFetch<SlotSearchView>(program(programId, '/slots/search'), { method: 'POST', body: { request, ...(overrides ? { overrides } : {}), ...(receivedOn ? { receivedOn } : {}) } })).json,

  /** The week, each position judged for the caller's request (kind, applicants, district: no personal data). */
  availability: async (programId: Identifier, from: DateKey, to: DateKey, request?: AvailabilityRequest) => {
    const query = new URLSearchParams({ from, to });
    if (request) {
      query.set('kind', request.kind);
      query.set('applicants', String(request.plannedApplications));
      if (request.district) query.set('district', request.district);
    }
    return (await apiFetch<DayAvailability[]>(program(programId, `/availability?${query}`))).json;
  },

  createBooking: async (programId: Identifier, body: unknown) => (await apiFetch<BookingView>(program(programId, '/bookings'), { method: 'POST', body })).json,

  /** Logs the call the booking is taken in (受電記録, category 予約, outcome 予約成立); its id goes with the booking. */
  logBookingCall: async (programId: Identifier) =>
    (await apiFetch<CallView>(`${API}/calls`, { method: 'POST', body: { programId, category: 'booking', outcome: 'booked' } })).json,

  /** Moves a booking (the number stays) or confirms a facility request into a slot. */
  placeBooking: async (id: Identifier, choice: SlotChoiceLike, overrides?: Overrides) =>
    (await apiFetch<BookingView>(booking(id, '/place'), { method: 'POST', body: { choice: { ...choice, positions: [...choice.positions] }, ...(overrides ? { overrides } : {}) } })).json,

  closeBooking: async (id: Identifier, action: 'cancel' | 'no-show', reason: string) =>
    (await apiFetch<BookingView>(booking(id, `/${action}`), { method: 'POST', body: { reason } })).json,

  deleteBookingPersonal: async (id: Identifier) => (await apiFetch<BookingView>(booking(id, '/delete-personal-data'), { method: 'POST' })).json,

  bookingPersonal: async (id: Identifier) => (await apiFetch<BookingPersonalView>(booking(id, '/personal'))).json,

  /** Finds bookings by a caller's or an applicant's name, kana or phone: POST, so the term stays out of every URL. */
  searchBookings: async (programId: Identifier, q: string) => (await apiFetch<BookingSearchResultView[]>(program(programId, '/bookings/search'), { method: 'POST', body: { q } })).json,

  /** The callers' names of the bookings a list shows (each one shown is recorded by the API). */
  callerNames: async (programId: Identifier, ids: Identifier[]) =>
    (await apiFetch<BookingCallerNameView[]>(program(programId, '/bookings/caller-names'), { method: 'POST', body: { ids } })).json,

  receptionList: async (programId: Identifier) => (await apiFetch<ReceptionListRow[]>(program(programId, '/reception-list'))).json,

  shareReceptionSlips: async (programId: Identifier, weekStart: DateKey) =>
    (await apiFetch<BookingView[]>(program(programId, '/reception-slips/share'), { method: 'POST', body: { weekStart } })).json,

  travelMatrix: async (programId: Identifier) => (await apiFetch<TravelMatrixView>(program(programId, '/travel-matrix'))).json,

  saveTravelMatrix: async (programId: Identifier, matrix: TravelMatrixView) =>
    (await apiFetch<TravelMatrixView>(program(programId, '/travel-matrix'), { method: 'PUT', body: matrix })).json,

  /** Reads a filled sheet: the matrix it holds, not saved (the table shows it; 保存 saves it). */
  importTravelMatrix: (programId: Identifier, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return uploadForm<TravelMatrixView>(program(programId, '/travel-matrix/import'), form, () => undefined);
  },

  preMeetings: async (programId: Identifier) => (await apiFetch<PreMeetingView[]>(program(programId, '/pre-meetings'))).json,

  addPreMeeting: async (programId: Identifier, body: { date: DateKey; half: 'am' | 'pm'; note?: string }) =>
    (await apiFetch<PreMeetingView>(program(programId, '/pre-meetings'), { method: 'POST', body })).json,

  removePreMeeting: async (programId: Identifier, id: string) => {
    await apiFetch(program(programId, `/pre-meetings/${encodeURIComponent(id)}`), { method: 'DELETE' });
  },
};
