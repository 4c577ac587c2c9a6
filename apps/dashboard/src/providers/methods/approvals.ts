import type { BusinessPlanSubmission, BusinessPlanView, SiteApprovalView, SiteProposal } from '@outreach/domain/approvals';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl, uploadForm } from '../http';

const sites = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/site-approvals${suffix}`);
const plans = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/business-plans${suffix}`);

/** Where a business plan's document downloads from (a link, not a data provider call: the browser saves the file). */
export const businessPlanFileUrl = (programId: Identifier, id: Identifier) => plans(programId, `/${id}/file`);

/** 実施場所の承認 (004 §7(3)): the vendor proposes a site, the city admin approves or rejects it. */
export const approvalMethods = {
  siteApprovals: async (programId: Identifier) => (await apiFetch<SiteApprovalView[]>(sites(programId))).json,
  proposeSite: async (programId: Identifier, body: SiteProposal) => (await apiFetch<SiteApprovalView>(sites(programId), { method: 'POST', body })).json,
  approveSite: async (programId: Identifier, id: Identifier) => (await apiFetch<SiteApprovalView>(sites(programId, `/${id}/approve`), { method: 'POST' })).json,
  rejectSite: async (programId: Identifier, id: Identifier, reason: string) => (await apiFetch<SiteApprovalView>(sites(programId, `/${id}/reject`), { method: 'POST', body: { reason } })).json,
  /** 業務計画書 (004 §8(1)): versions newest first; the vendor manager submits (with an Idempotency-Key) or withdraws, the city admin consents or returns. */
  businessPlans: async (programId: Identifier) => (await apiFetch<BusinessPlanView[]>(plans(programId))).json,
  submitBusinessPlan: (programId: Identifier, file: File, fields: BusinessPlanSubmission, key: string, onProgress: (fraction: number) => void) => {
    const form = new FormData();
    form.append('file', file);
    if (fields.title) form.append('title', fields.title);
    if (fields.note) form.append('note', fields.note);
    return uploadForm<BusinessPlanView>(plans(programId), form, onProgress, { 'Idempotency-Key': key });
  },
  decideBusinessPlan: async (programId: Identifier, id: Identifier, decision: 'approve' | 'return' | 'withdraw', reason?: string) =>
    (await apiFetch<BusinessPlanView>(plans(programId, `/${id}/${decision}`), { method: 'POST', body: decision === 'return' ? { reason } : undefined })).json,
};
