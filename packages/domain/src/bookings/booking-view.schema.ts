import { z } from 'zod';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { applicationTypeSchema } from '../sessions/application-type.js';
import type { DayAvailability } from './availability.js';
import { bookingStatusSchema, PERSONAL_DATA_DELETION_RULES_JA, type PersonalDataDeletionRule, type ReceptionListRow } from './booking-api.schema.js';
import { bookingHalfSchema, type ExcludedSlot, type FindSlotsResult, halfSchema, requestKindSchema, type SlotOffer } from './booking.schema.js';
import { callerRelationSchema, callerSchema, facilityRequestSchema, intakeApplicantSchema, parkingSchema } from './intake.js';
import type { SlotPosition, SlotWindow } from './slots.js';

/** What the bookings routes answer (reservations, personal data, booking settings); the API maps to these, the dashboard reads them. */

/** A slot position as the API writes it: AM1, AM2, PM1…, FAM, FPM, FAM2… (slots.ts). */
export const slotPositionView = describes<SlotPosition>()(
  z.union([z.templateLiteral(['AM', z.int()]), z.templateLiteral(['PM', z.int()]), z.literal(['FAM', 'FPM']), z.templateLiteral(['FAM', z.int()]), z.templateLiteral(['FPM', z.int()])]),
);

export const slotWindowView = describes<SlotWindow>()(z.object({ start: z.string(), end: z.string().nullable(), label: z.string() }));

/** A slot offered to the caller (engine.ts). */
export const slotOfferView = describes<SlotOffer>()(
  z.object({ date: dateKeyView, half: bookingHalfSchema, position: slotPositionView, positions: z.array(slotPositionView), window: slotWindowView, matchesWishes: z.boolean(), warnings: z.array(z.string()) }),
);

/** A wished slot that is not offered, and why; `overridable` when a manager may book it anyway. */
export const excludedSlotView = describes<ExcludedSlot>()(
  z.object({ date: dateKeyView, half: bookingHalfSchema, position: slotPositionView.optional(), reason: z.string(), overridable: z.boolean() }),
);

/** POST /api/programs/:programId/slots/search: the best free slots, and why the wished ones are left out. */
export const slotSearchViewSchema = describes<FindSlotsResult>()(z.object({ offers: z.array(slotOfferView), excluded: z.array(excludedSlotView), warnings: z.array(z.string()) }));
export type SlotSearchView = z.output<typeof slotSearchViewSchema>;

/** A day of GET /api/programs/:programId/availability (the operator's week view). */
export const dayAvailabilityViewSchema = describes<DayAvailability>()(
  z.object({
    date: dateKeyView,
    holiday: z.string().nullable(),
    closed: z.string().nullable(),
    visitKind: z.enum(['home_visit', 'facility_visit']).nullable(),
    halves: z.array(
      z.object({
        half: halfSchema,
        positions: z.array(
          z.object({
            position: slotPositionView,
            label: z.string(),
            bookingId: idView.nullable(),
            /** bookable / taken / later (booked in visiting order) / blocked — and why, in Japanese. */
            state: z.enum(['bookable', 'taken', 'later', 'blocked']),
            reason: z.string(),
            /** The rules a manager's override would lift for this position (empty: none would). */
            overrides: z.array(z.enum(['leadTime', 'pmThirdTravel'])),
          }),
        ),
        preMeeting: z.boolean(),
        free: z.int(),
      }),
    ),
  }),
);

/** The rule a reservation's personal data was deleted on (PERSONAL_DATA_DELETION_RULES_JA). */
export const personalDataDeletionRuleView = z.enum(Object.keys(PERSONAL_DATA_DELETION_RULES_JA) as [PersonalDataDeletionRule, ...PersonalDataDeletionRule[]]);

/** A booking as everyone who may see the program sees it (GET /api/bookings…): facts only, no personal data. */
export const bookingViewSchema = z.object({
  id: idView,
  programId: idView,
  receptionNumber: z.int(),
  kind: requestKindSchema,
  status: bookingStatusSchema,
  receivedAt: instantView,
  receivedDate: dateKeyView,
  visitDate: dateKeyView.nullable(),
  half: bookingHalfSchema.nullable(),
  positions: z.array(z.string()),
  /** The time told to the caller: 10:00頃, 10:30〜11:30 … */
  window: z.string().nullable(),
  district: z.string().nullable(),
  applicants: z.int(),
  plannedApplications: z.int(),
  callerRelation: callerRelationSchema.nullable(),
  applicationTypes: z.array(applicationTypeSchema),
  guidanceGiven: z.array(z.string()),
  callId: idView.nullable(),
  sessionId: idView.nullable(),
  /** The facility record (施設) of a facility request. */
  facilityId: idView.nullable(),
  overrideReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  sharedWithCityAt: instantView.nullable(),
  visitFinishedDate: dateKeyView.nullable(),
  personalDataDeletedAt: instantView.nullable(),
  /** Who deleted the personal data; null when the sweep did (or not deleted). */
  personalDataDeletedBy: idView.nullable(),
  personalDataDeletionRule: personalDataDeletionRuleView.nullable(),
});
export type BookingView = z.output<typeof bookingViewSchema>;

/** The personal data a reservation keeps (sealed, booking_personal): a home intake or a facility request, without what the booking row holds. */
export const personalDataViewSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('home'),
    intake: z.object({ caller: callerSchema, applicants: z.array(intakeApplicantSchema), wishNote: z.string().optional(), parking: parkingSchema, cautions: z.string().optional() }),
  }),
  z.object({ type: z.literal('facility'), request: facilityRequestSchema.omit({ wishes: true, district: true, estimatedApplicants: true }) }),
]);
export type PersonalDataView = z.output<typeof personalDataViewSchema>;

/** GET /api/bookings/:id/personal: the reception slip, each read recorded; the guidance read out and whether each applicant's documents suffice. */
export const bookingPersonalViewSchema = z.intersection(
  personalDataViewSchema,
  z.object({
    booking: bookingViewSchema,
    guidance: z.array(z.object({ id: z.string(), text: z.string(), given: z.boolean() })),
    identity: z.array(z.object({ ok: z.boolean(), message: z.string() })),
  }),
);
export type BookingPersonalView = z.output<typeof bookingPersonalViewSchema>;

/** A row of GET /api/programs/:programId/reception-list (受付一覧表): numbers and dates only. */
export const receptionListRowViewSchema = describes<ReceptionListRow>()(
  z.object({
    receptionNumber: z.int(),
    receivedDate: dateKeyView,
    /** Cancellations are listed but not counted as reservations (docs/metrics.md). */
    status: bookingStatusSchema,
    visitDate: dateKeyView.nullable(),
    plannedApplications: z.int(),
    sharedWithCityDate: dateKeyView.nullable(),
    visitFinishedDate: dateKeyView.nullable(),
    personalDataDeletedDate: dateKeyView.nullable(),
  }),
);

/** GET/PUT /api/programs/:programId/travel-matrix: the districts and the minutes between each pair (empty until set). */
export const travelMatrixViewSchema = z.object({ districts: z.array(z.string()), minutes: z.record(z.string(), z.record(z.string(), z.int())) });
export type TravelMatrixView = z.output<typeof travelMatrixViewSchema>;

/** A pre-meeting (事前打合せ) blocking a half-day: GET/POST/DELETE /api/programs/:programId/pre-meetings. */
export const preMeetingViewSchema = z.object({ id: idView, programId: idView, date: dateKeyView, half: halfSchema, bookingId: idView.nullable(), facilityId: idView.nullable(), note: z.string().nullable() });
export type PreMeetingView = z.output<typeof preMeetingViewSchema>;

/** A booking found by a caller's or an applicant's name, kana or phone, with the caller's name (each one shown is recorded). */
export const bookingSearchResultViewSchema = z.object({ booking: bookingViewSchema, callerName: z.string().nullable() });
export type BookingSearchResultView = z.output<typeof bookingSearchResultViewSchema>;

/** POST /api/programs/:programId/bookings/caller-names: the caller's name of each booking a list shows (null once deleted). */
export const bookingCallerNameViewSchema = z.object({ bookingId: idView, callerName: z.string().nullable() });
export type BookingCallerNameView = z.output<typeof bookingCallerNameViewSchema>;
