import { closedReason, issuesToFieldErrors } from '@outreach/domain/common';
import { applicationMethodSchema, booksVisits, serviceKindSchema, type WorkingHours } from '@outreach/domain/programs';
import { isUnbookedVisit, sessionInputSchema, sessionNeedsOffDayReason, sessionStatusSchema, unbookedReasonSchema, unbookedVisitProblem } from '@outreach/domain/sessions';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const serviceKindChoices = serviceKindSchema.options.map((id) => ({ id, name: `app.sessions.serviceKinds.${id}` }));
export const methodChoices = applicationMethodSchema.options.map((id) => ({ id, name: `app.sessions.methods.${id}` }));
export const statusChoices = sessionStatusSchema.options.map((id) => ({ id, name: `app.sessions.statuses.${id}` }));
export const unbookedReasonChoices = unbookedReasonSchema.options.map((id) => ({ id, name: `app.sessions.unbookedReasons.${id}` }));

/** What the form's rules read of the session's program (a GET /api/programs row has both). */
export interface SessionRules {
  workingHours?: Partial<WorkingHours>;
  /** Absent: a program saved before the setting, which books visits. */
  takesBookings?: boolean;
}

const bookingIdOf = (values: Record<string, unknown>) => (typeof values.bookingId === 'string' ? values.bookingId : null);

/**
 * Whether the form asks why there is no booking: a home or facility visit not made from a booking (a new one never
 * is), in a program that books visits.
 */
export function asksUnbookedReason(values: Record<string, unknown>, program: SessionRules | undefined): boolean {
  const kind = serviceKindSchema.safeParse(values.serviceKind).data;
  return kind !== undefined && isUnbookedVisit({ serviceKind: kind }, bookingIdOf(values), booksVisits(program));
}

/**
 * Why the date is not a working day of the program (土日, the holiday's name, 年末年始, 市の閉庁日), when the
 * session needs an offDayReason there; undefined on a working day, for venue events, or without a valid date.
 */
export function offDayOf(date: unknown, workingHours: Partial<WorkingHours> | undefined, serviceKind?: unknown): string | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !workingHours) return undefined;
  const kind = serviceKindSchema.safeParse(serviceKind).data;
  if (!sessionNeedsOffDayReason(date, workingHours, kind)) return undefined;
  return closedReason(date, workingHours);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * The body of POST/PUT /api/sessions from the form's values (a record carries nulls, counts and ids the API
 * does not take): empty texts and times left out, the cancel reason only when cancelled, the off-day reason
 * only on a day that needs it, the unbooked reason only for a visit without a booking.
 */
export function sessionInputOf(values: Record<string, unknown>, program: SessionRules | undefined): Record<string, unknown> {
  const status = values.status;
  const asksReason = asksUnbookedReason(values, program);
  const body: Record<string, unknown> = {
    date: values.date ?? '',
    serviceKind: values.serviceKind,
    place: values.place ?? '',
    method: values.method,
    startTime: text(values.startTime),
    endTime: text(values.endTime),
    staffUserIds: Array.isArray(values.staffUserIds) ? values.staffUserIds : [],
    cityStaffPresent: values.cityStaffPresent === true,
    status,
    cancelReason: status === 'cancelled' ? text(values.cancelReason) : undefined,
    offDayReason: offDayOf(values.date, program?.workingHours, values.serviceKind) ? text(values.offDayReason) : undefined,
    unbookedReason: asksReason ? text(values.unbookedReason) : undefined,
    unbookedReasonText: asksReason && values.unbookedReason === 'other' ? text(values.unbookedReasonText) : undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/**
 * The session form's validate: the shared schema's messages, and the rule the schema cannot know without the
 * program (a session on a non-working day needs its reason), as the API would answer.
 */
export function validateSession(program: SessionRules | undefined) {
  return (values: Record<string, unknown>): Record<string, string> => {
    const body = sessionInputOf(values, program);
    const parsed = sessionInputSchema.safeParse(body);
    const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
    if (offDayOf(values.date, program?.workingHours, values.serviceKind) && !body.offDayReason) {
      errors.offDayReason ??= '稼働日以外に実施する理由を入力してください';
    }
    const kind = serviceKindSchema.safeParse(values.serviceKind).data;
    const status = sessionStatusSchema.safeParse(values.status).data;
    const unbooked = kind && status ? unbookedVisitProblem({ serviceKind: kind, status, unbookedReason: unbookedReasonSchema.safeParse(body.unbookedReason).data }, bookingIdOf(values), booksVisits(program)) : undefined;
    if (unbooked) errors[unbooked.field] ??= unbooked.message;
    return errors;
  };
}
