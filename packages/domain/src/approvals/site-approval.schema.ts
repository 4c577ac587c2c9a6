import { z } from 'zod';
import type { DecisionTrail } from '../common/view.js';
import { freeText } from '../common/fields.js';
import { type ServiceKind, serviceKindSchema } from '../programs/program.schema.js';
import { ADDRESS_LIKE } from '../sessions/session.schema.js';

/**
 * 実施場所の承認 (004 §7(3)): before a session is planned at a facility, a home district or a venue, the vendor
 * proposes the site and the city approves it (or rejects it, with a reason). A program that requires it
 * (requireSiteApproval) refuses a session at a place without an approved site of that service kind.
 * The site's name is the session's `place`, compared after NFKC and trimming.
 */

export const siteApprovalStatusSchema = z.enum(['proposed', 'approved', 'rejected']);
export type SiteApprovalStatus = z.infer<typeof siteApprovalStatusSchema>;
export const SITE_APPROVAL_STATUS_LABELS_JA: Record<SiteApprovalStatus, string> = {
  proposed: '承認待ち',
  approved: '承認済み',
  rejected: '却下',
};

export const siteProposalSchema = z
  .object({
    serviceKind: serviceKindSchema,
    /** The session's place: a facility or venue name; for home visits the district only. */
    name: freeText(100, { required: '場所の名称を入力してください' }),
    /** Where a facility or venue is; never for a home (a household's address is personal data). */
    address: freeText(200).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.serviceKind !== 'home_visit') return;
    if (ADDRESS_LIKE.test(s.name.normalize('NFKC'))) ctx.addIssue({ code: 'custom', path: ['name'], message: '個人宅訪問の場所は地区名までにしてください（番地・住所は入力しない）' });
    if (s.address) ctx.addIssue({ code: 'custom', path: ['address'], message: '個人宅の住所は入力しないでください（地区名だけを名称に入力します）' });
  });
export type SiteProposal = z.output<typeof siteProposalSchema>;

export const siteRejectionSchema = z.object({ reason: freeText(500, { required: '却下の理由を入力してください' }) });
export type SiteRejection = z.output<typeof siteRejectionSchema>;

/** The name as compared with a session's place: NFKC, trimmed, inner spaces collapsed. */
export function siteKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Whether a site in this status can be decided (approved or rejected): only a proposal waiting for the city. */
export function canDecideSite(status: SiteApprovalStatus): boolean {
  return status === 'proposed';
}

/** Whether a site can be proposed given the record already there: a rejected one may be proposed again. */
export function proposalProblem(existing: { status: SiteApprovalStatus } | null): string | null {
  if (!existing || existing.status === 'rejected') return null;
  return existing.status === 'approved' ? 'この場所はすでに承認されています' : 'この場所はすでに申請中です（市の承認を待っています）';
}

/**
 * Whether a session of this kind may be planned or recorded at this place: always when the program does not
 * require site approval, otherwise only at an approved site of the same kind. The message goes on `place`.
 */
export function sitePlaceProblem(
  program: { requireSiteApproval: boolean },
  approved: ReadonlyArray<{ serviceKind: ServiceKind; name: string }>,
  session: { serviceKind: ServiceKind; place: string },
): string | null {
  if (!program.requireSiteApproval) return null;
  const key = siteKey(session.place);
  if (approved.some((s) => s.serviceKind === session.serviceKind && siteKey(s.name) === key)) return null;
  return 'この場所は市の承認を受けていません（実施場所の承認を申請し、承認後に登録してください）';
}

/** A site as the API answers it. */
export interface SiteApprovalView extends DecisionTrail {
  id: string;
  programId: string;
  serviceKind: ServiceKind;
  name: string;
  address: string | null;
  status: SiteApprovalStatus;
  rejectionReason: string | null;
  proposedBy: string | null;
  proposedByName: string | null;
  proposedAt: string;
}
