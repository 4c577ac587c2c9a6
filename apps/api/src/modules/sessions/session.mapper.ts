import { applicationsTotal, SESSION_COUNT_FIELDS, type SessionView } from '@outreach/domain/sessions';
import { COUNT_TEXT_FIELDS, type SessionEntity } from './session.entity';

type CountField = (typeof SESSION_COUNT_FIELDS)[number];
type CountTextField = (typeof COUNT_TEXT_FIELDS)[number];

export function toSessionView(s: SessionEntity): SessionView {
  const counts = Object.fromEntries(SESSION_COUNT_FIELDS.map((f) => [f, s[f]])) as Record<CountField, number>;
  const texts = Object.fromEntries(COUNT_TEXT_FIELDS.map((f) => [f, s[f]])) as Record<CountTextField, string | null>;
  return {
    id: s.id,
    programId: s.programId,
    date: s.date,
    serviceKind: s.serviceKind as SessionView['serviceKind'],
    place: s.place,
    method: s.method as SessionView['method'],
    startTime: s.startTime,
    endTime: s.endTime,
    staffUserIds: s.staffUserIds,
    cityStaffPresent: s.cityStaffPresent,
    status: s.status as SessionView['status'],
    cancelReason: s.cancelReason,
    offDayReason: s.offDayReason,
    bookingId: s.bookingId,
    facilityId: s.facilityId,
    unbookedReason: s.unbookedReason as SessionView['unbookedReason'],
    unbookedReasonText: s.unbookedReasonText,
    applicationsTotal: applicationsTotal(s),
    ...counts,
    ...texts,
  };
}

/** A session row with every count at zero (a new session has nothing filed yet). */
export function zeroCounts(): Record<CountField, number> & Record<CountTextField, null> {
  return {
    ...(Object.fromEntries(SESSION_COUNT_FIELDS.map((f) => [f, 0])) as Record<CountField, number>),
    ...(Object.fromEntries(COUNT_TEXT_FIELDS.map((f) => [f, null])) as Record<CountTextField, null>),
  };
}

/** The count fields and their texts of a session (a daily report's draft row or a view); absent ones are zero or null. */
export function countsOf(s: object): Partial<SessionEntity> {
  const src = s as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of SESSION_COUNT_FIELDS) out[f] = src[f] ?? 0;
  for (const f of COUNT_TEXT_FIELDS) out[f] = src[f] ?? null;
  return out as Partial<SessionEntity>;
}
