import { z } from 'zod';
import { dateKeySchema } from '../common/input.js';
import { dateKeyView, idView } from '../common/view.js';
import { halfSchema, requestKindSchema, type TravelMatrix } from '../bookings/booking.schema.js';
import { type Half, parsePosition, positionLabel, type SlotPosition, slotWindow } from '../bookings/slots.js';
import { travelMinutes } from '../bookings/travel.js';
import { type FacilityRequest, type HomeIntake, IDENTITY_DOCUMENTS, identityDocumentsSufficient } from '../bookings/intake.js';
import { callerNameOf, callerPhoneOf } from '../bookings/search.js';
import { type BookingRules, serviceKindSchema } from '../programs/program.schema.js';
import { type BringSetting, DEFAULT_BRING } from '../programs/guidance.js';
import { APPLICATION_TYPE_LABELS, APPLICATION_TYPES, type ApplicationType } from '../sessions/application-type.js';

/**
 * 訪問行程表 (issue 21 item 2; 003 §8(2)ウ–エ): a team's half-day as it goes out — the stops in visiting order with the
 * times told to the residents (slotWindow), the travel between them from the program's zone matrix with a warning
 * where it breaks the rule, and per stop what to bring. The personal part (addresses, contacts, applicants and their
 * identity documents) is added by the API for those who may read it, each opening recorded.
 */

/** Printed on every sheet: the itinerary carries personal data and goes back (or into the shredder) after the day. */
export const ITINERARY_NOTICE = '本行程表は個人情報を含みます。訪問終了後、速やかに返却するかシュレッダーで処理してください。紛失した場合は直ちに責任者へ連絡してください。';

export interface StopInput {
  /** The booking's id. */
  id: string;
  kind: 'home' | 'facility';
  positions: readonly string[];
  district: string | null;
}

export interface TravelLeg {
  from: string | null;
  to: string | null;
  minutes: number | null;
  /** Japanese; null when the leg keeps to the rule. */
  warning: string | null;
}

export interface OrderedStop<S extends StopInput = StopInput> {
  stop: S;
  position: SlotPosition;
  /** 'HH:MM' the visit starts, and the window as told to the resident. */
  start: string;
  window: string;
  label: string;
  /** From the stop before; null for the first. */
  travel: TravelLeg | null;
}

/** The position a booking takes in this half (its first one there), or undefined when it is not in the half. */
function positionIn(positions: readonly string[], half: Half): { position: SlotPosition; index: number; facility: boolean } | undefined {
  for (const p of positions) {
    const parsed = parsePosition(p);
    if (parsed && parsed.half === half) return { position: p as SlotPosition, index: parsed.index, facility: parsed.kind === 'facility' };
  }
  return undefined;
}

/**
 * The stops of a half-day in visiting order (by the time told, then the position's number), each with the travel
 * from the one before: over the program's travel limit — or, for the extra afternoon slot, over its tighter one —
 * or unknown, it carries a warning.
 */
export function itineraryStops<S extends StopInput>(stops: readonly S[], half: Half, travel: TravelMatrix, rules: Pick<BookingRules, 'travelMaxMinutes' | 'pmThirdTravelMaxMinutes' | 'homeSlotsPm' | 'pmThirdSlotEnabled'>): Array<OrderedStop<S>> {
  const placed = stops
    .map((stop) => ({ stop, at: positionIn(stop.positions, half) }))
    .filter((s): s is { stop: S; at: NonNullable<ReturnType<typeof positionIn>> } => s.at !== undefined)
    .map((s) => ({ ...s, window: slotWindow(s.at.position) }))
    .sort((a, b) => a.window.start.localeCompare(b.window.start) || Number(a.at.facility) - Number(b.at.facility) || a.at.index - b.at.index);
  const extra = rules.pmThirdSlotEnabled && half === 'pm' ? rules.homeSlotsPm + 1 : null;
  return placed.map((s, i): OrderedStop<S> => {
    const before = placed[i - 1];
    return {
      stop: s.stop,
      position: s.at.position,
      start: s.window.start,
      window: s.window.label,
      label: positionLabel(s.at.position),
      travel: before ? leg(travel, before.stop.district, s.stop.district, extra !== null && !s.at.facility && s.at.index === extra ? rules.pmThirdTravelMaxMinutes : rules.travelMaxMinutes, extra !== null && !s.at.facility && s.at.index === extra) : null,
    };
  });
}

function leg(matrix: TravelMatrix, from: string | null, to: string | null, limit: number, extraSlot: boolean): TravelLeg {
  const lookup = travelMinutes(matrix, from, to);
  if (!lookup.known) return { from, to, minutes: null, warning: lookup.warning };
  const route = `${from}→${to} ${lookup.minutes}分`;
  const warning =
    lookup.minutes <= limit ? null : extraSlot ? `午後の追加枠は前の訪問先から${limit}分以内の決まりです（${route}）` : `移動時間が${limit}分を超えています（${route}）`;
  return { from, to, minutes: lookup.minutes, warning };
}

/** The lines of a 持参物 text, trimmed, without blanks. */
export function bringItems(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** What to bring to a stop: the items for every visit, then those of each application type met there, each once. */
export function bringList(types: readonly ApplicationType[], setting: Partial<BringSetting> | undefined): string[] {
  const text = (key: keyof BringSetting) => setting?.[key] ?? DEFAULT_BRING[key];
  const met = APPLICATION_TYPES.filter((t) => types.includes(t));
  return [...new Set([...bringItems(text('common')), ...met.flatMap((t) => bringItems(text(t)))])];
}

/** A reservation's personal data as the itinerary reads it (the sealed reception slip). */
export type ItineraryPersonalInput =
  | { type: 'home'; intake: Pick<HomeIntake, 'caller' | 'applicants' | 'parking'> & { cautions?: string } }
  | { type: 'facility'; request: Pick<FacilityRequest, 'facilityName' | 'address' | 'phone' | 'contactName'> & { notes?: string } };

const PARKING_JA = { available: '駐車スペースあり', unavailable: '駐車スペースなし', unknown: '駐車スペース未確認' } as const;

/** The personal part of a stop: where, whom to ask for, and each applicant with the documents to check. */
export function itineraryPersonal(data: ItineraryPersonalInput): Pick<ItineraryStopView, 'place' | 'applicants' | 'cautions'> {
  if (data.type === 'facility') {
    const r = data.request;
    return { place: { name: r.facilityName, address: r.address, contactName: r.contactName, phone: r.phone, parking: null }, applicants: null, cautions: r.notes || null };
  }
  const { intake } = data;
  const first = intake.applicants[0];
  return {
    place: { name: first?.name ?? null, address: first?.address ?? null, contactName: callerNameOf(data), phone: callerPhoneOf(data), parking: PARKING_JA[intake.parking] },
    applicants: intake.applicants.map((a) => {
      const identity = identityDocumentsSufficient(a.identityDocuments, a.applicationType);
      return {
        name: a.name,
        kana: a.kana,
        applicationType: APPLICATION_TYPE_LABELS[a.applicationType],
        identityDocuments: a.identityDocuments.map((id) => IDENTITY_DOCUMENTS.find((d) => d.id === id)?.label ?? id),
        identityOk: identity.ok,
        identityMessage: identity.message,
        notes: [
          ...(a.condition.photoPossible ? [] : ['顔写真の撮影が難しい']),
          ...(a.condition.canWrite ? [] : ['字を書くことが難しい（代筆）']),
          ...(a.condition.caregiverPresent ? ['介助者が同席'] : []),
          ...(a.condition.note ? [a.condition.note] : []),
        ],
      };
    }),
    cautions: intake.cautions || null,
  };
}

export const itineraryQuerySchema = z.object({ date: dateKeySchema, half: halfSchema });

const applicantView = z.object({
  name: z.string(),
  kana: z.string(),
  applicationType: z.string(),
  /** The documents they said they can show, as labels. */
  identityDocuments: z.array(z.string()),
  identityOk: z.boolean(),
  identityMessage: z.string(),
  /** Photo, writing, a carer: what to prepare for. */
  notes: z.array(z.string()),
});

/** One stop. `place`, `applicants`, `cautions` and `checklist` only where the reader may see personal data. */
export const itineraryStopView = z.object({
  order: z.int(),
  bookingId: idView,
  receptionNumber: z.int(),
  kind: requestKindSchema,
  position: z.string(),
  label: z.string(),
  start: z.string(),
  window: z.string(),
  district: z.string().nullable(),
  travel: z.object({ from: z.string().nullable(), to: z.string().nullable(), minutes: z.int().nullable(), warning: z.string().nullable() }).nullable(),
  applicantCount: z.int(),
  applicationTypes: z.array(z.string()),
  bring: z.array(z.string()),
  place: z.object({ name: z.string().nullable(), address: z.string().nullable(), contactName: z.string().nullable(), phone: z.string().nullable(), parking: z.string().nullable() }).nullable(),
  applicants: z.array(applicantView).nullable(),
  cautions: z.string().nullable(),
  /** 施設との調整 of a facility stop: each item and where it stands. */
  checklist: z.array(z.object({ label: z.string(), state: z.string(), note: z.string().nullable() })).nullable(),
});
export type ItineraryStopView = z.output<typeof itineraryStopView>;

/**
 * A visit of the half-day recorded without a booking (a facility's own request, a program that books no visits):
 * where and when, from its session, with what every visit brings; no personal data is kept on a session.
 */
export const itineraryVisitView = z.object({
  sessionId: idView,
  kind: serviceKindSchema,
  place: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  bring: z.array(z.string()),
});
export type ItineraryVisitView = z.output<typeof itineraryVisitView>;

/** GET /api/programs/:programId/itinerary?date=&half=: the team's half-day; each opening recorded. */
export const itineraryViewSchema = z.object({
  date: dateKeyView,
  half: halfSchema,
  team: z.object({ staff: z.array(z.object({ name: z.string().nullable(), lead: z.boolean() })), cityStaff: z.array(z.string()) }),
  /** Whether the personal part is on it (the reader's role may read it, second factor passed where required). */
  personal: z.boolean(),
  notice: z.string(),
  warnings: z.array(z.string()),
  stops: z.array(itineraryStopView),
  /** The half-day's visits without a booking, in the order of their times. */
  otherVisits: z.array(itineraryVisitView),
});
export type ItineraryView = z.output<typeof itineraryViewSchema>;
