import type { ReportDraftView, ReportScheduleItem, ReportSubmissionBody, ReportSubmissionTarget, ReportSubmissionView } from '@outreach/domain/reports';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const base = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/report-submissions${suffix}`);
const query = (target: ReportSubmissionTarget) => `?${new URLSearchParams(target.kind === 'monthly' ? { kind: target.kind, month: target.month ?? '' } : { kind: target.kind })}`;

/** Where a submitted version's workbook downloads from (a link: the browser saves the file). */
export const reportSubmissionFileUrl = (programId: Identifier, id: Identifier) => base(programId, `/${id}/file`);
/** The draft workbook of a report as it would be written now (the report download, without remarks). */
export const reportDraftFileUrl = (programId: Identifier, target: ReportSubmissionTarget) =>
  recordUrl('programs', programId, target.kind === 'monthly' ? `/reports/monthly.xlsx?month=${target.month ?? ''}` : '/reports/completion.xlsx');

/** 月次・完了報告 (issue 20): the reports owed, a draft's figures, the versions; the vendor manager submits, the city admin decides. */
export const reportSubmissionMethods = {
  reportSchedule: async (programId: Identifier) => (await apiFetch<ReportScheduleItem[]>(base(programId, '/schedule'))).json,
  reportDraft: async (programId: Identifier, target: ReportSubmissionTarget) => (await apiFetch<ReportDraftView>(base(programId, `/draft${query(target)}`))).json,
  reportSubmissions: async (programId: Identifier, target: ReportSubmissionTarget) => (await apiFetch<ReportSubmissionView[]>(base(programId, query(target)))).json,
  submitReport: async (programId: Identifier, body: ReportSubmissionBody, key: string) =>
    (await apiFetch<ReportSubmissionView>(base(programId), { method: 'POST', body, headers: { 'Idempotency-Key': key } })).json,
  decideReport: async (programId: Identifier, id: Identifier, decision: 'accept' | 'return', reason?: string) =>
    (await apiFetch<ReportSubmissionView>(base(programId, `/${id}/${decision}`), { method: 'POST', body: decision === 'return' ? { reason } : undefined })).json,
};
