import { COUNT_FIELDS, COUNT_TEXT_FIELDS, type SessionEntity } from './session.entity';

type CountField = (typeof COUNT_FIELDS)[number];
type CountTextField = (typeof COUNT_TEXT_FIELDS)[number];

export type SessionView = {
  id: string;
  programId: string;
  date: string;
  serviceKind: string;
  place: string;
  method: string;
  startTime: string | null;
  endTime: string | null;
  staffUserIds: string[];
  cityStaffPresent: boolean;
  status: string;
  cancelReason: string | null;
  offDayReason: string | null;
  bookingId: string | null;
  applicationsTotal: number;
} & Record<CountField, number> &
  Record<CountTextField, string | null>;

export function toSessionView(s: SessionEntity): SessionView {
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, s[f]])) as Record<CountField, number>;
  const texts = Object.fromEntries(COUNT_TEXT_FIELDS.map((f) => [f, s[f]])) as Record<CountTextField, string | null>;
  return {
    id: s.id,
    programId: s.programId,
    date: s.date,
    serviceKind: s.serviceKind,
    place: s.place,
    method: s.method,
    startTime: s.startTime,
    endTime: s.endTime,
    staffUserIds: s.staffUserIds,
    cityStaffPresent: s.cityStaffPresent,
    status: s.status,
    cancelReason: s.cancelReason,
    offDayReason: s.offDayReason,
    bookingId: s.bookingId,
    applicationsTotal: s.applicationsNew + s.applicationsRenewal + s.applicationsReissueLost + s.applicationsReissueDamaged + s.applicationsReissueOther,
    ...counts,
    ...texts,
  };
}

/** A session row with every count at zero (a new session has nothing filed yet). */
export function zeroCounts(): Record<CountField, number> & Record<CountTextField, null> {
  return {
    ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Record<CountField, number>),
    ...(Object.fromEntries(COUNT_TEXT_FIELDS.map((f) => [f, null])) as Record<CountTextField, null>),
  };
}
