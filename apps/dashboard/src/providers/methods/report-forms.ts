import type { ReportFormBody, ReportFormView } from '@outreach/domain/reports';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

/** 様式 (issue 20 item 4): the agreed form of a program's monthly and completion reports. */
export const reportFormMethods = {
  reportForms: async (programId: Identifier) => (await apiFetch<ReportFormView[]>(recordUrl('programs', programId, '/report-forms'))).json,
  saveReportForm: async (programId: Identifier, body: ReportFormBody) => (await apiFetch<ReportFormView>(recordUrl('programs', programId, '/report-forms'), { method: 'PUT', body })).json,
};
