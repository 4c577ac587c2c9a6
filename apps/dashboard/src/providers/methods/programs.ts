import type { DateKey } from '@outreach/domain/common';
import type { TargetGroup } from '@outreach/domain/programs';
import type { Identifier } from 'ra-core';
import type { ProgressView, TargetGroupView, VisitCalendarProposal, VisitDay, VisitDayView } from '@outreach/domain/programs';
import { apiFetch, recordUrl } from '../http';

/**
 * The program calls that are not react-admin CRUD (targets, progress, visit days), over the shared fetch helper:
 * errors reach the caller as react-admin HttpError with the API's message and field errors.
 */
const url = (programId: Identifier, suffix: string) => recordUrl('programs', programId, suffix);

export const programMethods = {
  targetGroups: async (programId: Identifier) => (await apiFetch<TargetGroupView[]>(url(programId, '/target-groups'))).json,

  replaceTargetGroups: async (programId: Identifier, groups: TargetGroup[]) =>
    (await apiFetch<TargetGroupView[]>(url(programId, '/target-groups'), { method: 'PUT', body: { groups } })).json,

  programProgress: async (programId: Identifier, asOf?: DateKey) =>
    (await apiFetch<ProgressView>(url(programId, asOf ? `/progress?asOf=${encodeURIComponent(asOf)}` : '/progress'))).json,

  visitDays: async (programId: Identifier) => (await apiFetch<VisitDayView[]>(url(programId, '/visit-days'))).json,

  /** A preview only: nothing is saved. */
  proposeVisitDays: async (programId: Identifier, body: { homeDays: number; facilityDays: number }) =>
    (await apiFetch<VisitCalendarProposal>(url(programId, '/visit-days/proposal'), { method: 'POST', body })).json,

  replaceVisitDays: async (programId: Identifier, days: VisitDay[]) =>
    (await apiFetch<VisitDayView[]>(url(programId, '/visit-days'), { method: 'PUT', body: { days } })).json,

  addVisitDay: async (programId: Identifier, day: VisitDay) =>
    (await apiFetch<VisitDayView>(url(programId, '/visit-days'), { method: 'POST', body: day })).json,

  /** Moves the day and/or changes its kind. */
  updateVisitDay: async (programId: Identifier, dayId: string, day: VisitDay) =>
    (await apiFetch<VisitDayView>(url(programId, `/visit-days/${encodeURIComponent(dayId)}`), { method: 'PUT', body: day })).json,

  removeVisitDay: async (programId: Identifier, dayId: string) => {
    await apiFetch(url(programId, `/visit-days/${encodeURIComponent(dayId)}`), { method: 'DELETE' });
  },
};
