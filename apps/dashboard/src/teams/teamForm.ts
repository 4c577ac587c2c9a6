import type { TeamAssignBody, TeamSlotView } from '@outreach/domain/teams';

/** The team form's state: who is on the team, who leads, the city staff as typed. */
export interface TeamFormState {
  staffIds: string[];
  leadId: string | null;
  cityStaffText: string;
}

/** The form opened on a half-day: its team as it stands. */
export function teamFormOf(slot: TeamSlotView): TeamFormState {
  return { staffIds: slot.staff.map((m) => m.userId), leadId: slot.staff.find((m) => m.lead)?.userId ?? null, cityStaffText: slot.cityStaff.join('、') };
}

/** Ticks or unticks a staff member; unticking the lead leaves the team without one. */
export function toggleStaff(state: TeamFormState, userId: string): TeamFormState {
  const on = state.staffIds.includes(userId);
  const staffIds = on ? state.staffIds.filter((id) => id !== userId) : [...state.staffIds, userId];
  return { ...state, staffIds, leadId: on && state.leadId === userId ? null : state.leadId };
}

/** The route of a half-day's itinerary (訪問行程表): a page without the menu, keyed date_half. */
export const itineraryPath = (slot: Pick<TeamSlotView, 'date' | 'half'>) => `/teams/${slot.date}_${slot.half}/itinerary`;

/** The half-day's visits by kind for its card, e.g. 「個人宅訪問 2・福祉施設訪問 1」 ('' when it has none). */
export function visitKindsText(slot: Pick<TeamSlotView, 'visitKinds'>, kindName: (kind: TeamSlotView['visitKinds'][number]['serviceKind']) => string): string {
  return slot.visitKinds.map((k) => `${kindName(k.serviceKind)} ${k.count}`).join('・');
}

/** City staff names typed separated by 、, commas or new lines. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** The PUT body of the form (the API's teamProblems judges it). */
export function teamBody(slot: Pick<TeamSlotView, 'date' | 'half'>, state: TeamFormState): TeamAssignBody {
  return { date: slot.date, half: slot.half, staffIds: state.staffIds, leadId: state.leadId, cityStaff: splitNames(state.cityStaffText) };
}

/** The half-day an itinerary route names (`2026-09-24_am`), or null when it names none. */
export function parseItineraryId(id: string): { date: string; half: 'am' | 'pm' } | null {
  const m = /^(\d{4}-\d{2}-\d{2})_(am|pm)$/.exec(id);
  return m ? { date: m[1], half: m[2] as 'am' | 'pm' } : null;
}
