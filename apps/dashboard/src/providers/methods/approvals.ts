import type { SiteApprovalView, SiteProposal } from '@outreach/domain/approvals';
import type { Identifier } from 'ra-core';
import { apiFetch, recordUrl } from '../http';

const sites = (programId: Identifier, suffix = '') => recordUrl('programs', programId, `/site-approvals${suffix}`);

/** 実施場所の承認 (004 §7(3)): the vendor proposes a site, the city admin approves or rejects it. */
export const approvalMethods = {
  siteApprovals: async (programId: Identifier) => (await apiFetch<SiteApprovalView[]>(sites(programId))).json,
  proposeSite: async (programId: Identifier, body: SiteProposal) => (await apiFetch<SiteApprovalView>(sites(programId), { method: 'POST', body })).json,
  approveSite: async (programId: Identifier, id: Identifier) => (await apiFetch<SiteApprovalView>(sites(programId, `/${id}/approve`), { method: 'POST' })).json,
  rejectSite: async (programId: Identifier, id: Identifier, reason: string) => (await apiFetch<SiteApprovalView>(sites(programId, `/${id}/reject`), { method: 'POST', body: { reason } })).json,
};
