import { type ApplicantListImport, applicantListPreviewEventSchema, type ApplicantListView, type CoordinationUpdate, type CoordinationView, type FacilityCreate, type FacilitySummaryView, type FacilityUpdate, type FacilityView } from '@outreach/domain/facilities';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl, uploadForm, uploadFormLines } from '../http';

const list = (bookingId: Identifier, suffix = '') => recordUrl('bookings', bookingId, `/applicant-list${suffix}`);
const facilities = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/facilities${suffix}`);

/** Where the applicant list's template and the city's copy download from (links: the browser saves the file). */
export const applicantListTemplateUrl = (bookingId: Identifier) => list(bookingId, '/template');
export const applicantListExportUrl = (bookingId: Identifier) => list(bookingId, '/export');

/** 施設 of a program (issue 18), and 施設との調整 (003 §9(2)) and the applicant list (申請者名簿, §9(2)ウ) of a facility booking. */
export const facilityMethods = {
  facilities: async (programId: Identifier) => (await apiFetch<FacilitySummaryView[]>(facilities(programId))).json,
  /** One facility; its contact person is answered to those who may open personal data (the reading is recorded). */
  facility: async (programId: Identifier, id: Identifier) => (await apiFetch<FacilityView>(facilities(programId, `/${id}`))).json,
  createFacility: async (programId: Identifier, body: Partial<FacilityCreate>) => (await apiFetch<FacilityView>(facilities(programId), { method: 'POST', body })).json,
  updateFacility: async (programId: Identifier, id: Identifier, body: FacilityUpdate) => (await apiFetch<FacilityView>(facilities(programId, `/${id}`), { method: 'PUT', body })).json,
  coordination: async (bookingId: Identifier) => (await apiFetch<CoordinationView>(recordUrl('bookings', bookingId, '/coordination'))).json,
  saveCoordination: async (bookingId: Identifier, body: CoordinationUpdate) => (await apiFetch<CoordinationView>(recordUrl('bookings', bookingId, '/coordination'), { method: 'PUT', body })).json,
  applicantList: async (bookingId: Identifier) => (await apiFetch<ApplicantListView>(list(bookingId))).json,
  /** Checks a filled list (nothing is saved): `onUpload` while the file goes up, `onCheck` while the server checks the rows. */
  previewApplicantList: async (bookingId: Identifier, file: File, onUpload: (fraction: number) => void, onCheck: (fraction: number) => void): Promise<ApplicantListImport> => {
    const form = new FormData();
    form.append('file', file);
    let result: ApplicantListImport | undefined;
    let failed: string | undefined;
    await uploadFormLines(list(bookingId, '/preview'), form, onUpload, (line) => {
      const event = applicantListPreviewEventSchema.parse(line);
      if (event.type === 'progress') onCheck(event.fraction);
      else if (event.type === 'result') result = { rows: event.rows, errors: event.errors };
      else failed = event.message;
    });
    if (!result) throw new Error(failed ?? 'ra.notification.http_error');
    return result;
  },
  /** Commits the same file again (the server reads and checks it afresh); the Idempotency-Key files a retry once. */
  commitApplicantList: (bookingId: Identifier, file: File, key: string, onProgress: (fraction: number) => void) => {
    const form = new FormData();
    form.append('file', file);
    return uploadForm<ApplicantListView>(list(bookingId), form, onProgress, { 'Idempotency-Key': key });
  },
  shareApplicantList: async (bookingId: Identifier, reason?: string) => (await apiFetch<ApplicantListView>(list(bookingId, '/share'), { method: 'POST', body: reason ? { reason } : {} })).json,
  deleteApplicantList: async (bookingId: Identifier) => (await apiFetch<ApplicantListView>(list(bookingId), { method: 'DELETE' })).json,
};
