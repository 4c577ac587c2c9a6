import { z } from 'zod';
import type { EraStyle } from '../common/wareki.js';
import { freeText, instantField } from '../common/fields.js';
import { jaDateTime } from '../reports/tables.js';

/**
 * 個人情報の事故報告 (特記事項 §12): the vendor learns of a leak, loss or misuse of residents' personal data (or the
 * risk of one) and reports it to the city at once; the city instructs, the vendor investigates and acts. One record
 * per incident: what happened, when it happened and when it was found, how many residents, what was done, status.
 * Its texts refuse personal data like every free text that outlives the reservations (common/fields.ts).
 */

export const incidentKindSchema = z.enum(['leak', 'loss', 'damage', 'misdelivery', 'unauthorized_use', 'other'], { message: '事故の種類を選んでください' });
export type IncidentKind = z.infer<typeof incidentKindSchema>;
export const INCIDENT_KIND_LABELS_JA: Record<IncidentKind, string> = {
  leak: '漏えい',
  loss: '紛失・滅失',
  damage: 'き損',
  misdelivery: '誤送付・誤交付',
  unauthorized_use: '目的外利用・不正アクセス',
  other: 'その他',
};

export const incidentStatusSchema = z.enum(['reported', 'investigating', 'resolved'], { message: '状況を選んでください' });
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;
export const INCIDENT_STATUS_LABELS_JA: Record<IncidentStatus, string> = {
  reported: '報告済み（初報）',
  investigating: '原因究明・対応中',
  resolved: '対応完了',
};

/** The most residents one record counts (a whole city's caseload and more). */
export const MAX_RESIDENTS_AFFECTED = 100_000;

export const incidentInputSchema = z
  .object({
    kind: incidentKindSchema,
    /** When it happened (as far as known). */
    occurredAt: instantField,
    /** When the vendor (or the city) found out. */
    discoveredAt: instantField,
    residentsAffected: z
      .int({ message: '人数を整数で入力してください' })
      .min(0, { message: '0以上で入力してください' })
      .max(MAX_RESIDENTS_AFFECTED, { message: `${MAX_RESIDENTS_AFFECTED}以下で入力してください` }),
    summary: freeText(2000, { required: '何が起きたかを入力してください' }),
    actionsTaken: freeText(2000).optional(),
    /** 委託者の指示: what the city asked to be done. */
    cityInstructions: freeText(2000).optional(),
    status: incidentStatusSchema.default('reported'),
  })
  .superRefine((i, ctx) => {
    if (!Number.isNaN(Date.parse(i.occurredAt)) && !Number.isNaN(Date.parse(i.discoveredAt)) && Date.parse(i.discoveredAt) < Date.parse(i.occurredAt)) {
      ctx.addIssue({ code: 'custom', path: ['discoveredAt'], message: '発覚日時は発生日時以降にしてください' });
    }
    if (i.status === 'resolved' && !i.actionsTaken) {
      ctx.addIssue({ code: 'custom', path: ['actionsTaken'], message: '対応完了にするには、行った対応を入力してください' });
    }
  });
export type IncidentInput = z.output<typeof incidentInputSchema>;

const programIdField = z.object({ programId: z.uuid({ message: '事業を選択してください' }) });
/** Create body (react-admin sends the record flat with its program). */
export const incidentCreateSchema = programIdField.and(incidentInputSchema);

/** Field errors of an incident against the clock: neither time may lie in the future. */
export function incidentTimeProblems(i: Pick<IncidentInput, 'occurredAt' | 'discoveredAt'>, now: Date): Record<string, string> {
  const out: Record<string, string> = {};
  if (Date.parse(i.occurredAt) > now.getTime()) out.occurredAt = '発生日時に未来の日時は入力できません';
  if (Date.parse(i.discoveredAt) > now.getTime()) out.discoveredAt = '発覚日時に未来の日時は入力できません';
  return out;
}

/** An incident as the API answers it. */
export interface IncidentView {
  id: string;
  programId: string;
  kind: IncidentKind;
  occurredAt: string;
  discoveredAt: string;
  residentsAffected: number;
  summary: string;
  actionsTaken: string | null;
  cityInstructions: string | null;
  status: IncidentStatus;
  /** When it was set to 対応完了 (the last time). */
  resolvedAt: string | null;
  reportedBy: string | null;
  reportedByName: string | null;
  /** When it was first recorded (reported to the city: the city sees it at once). */
  createdAt: string;
  updatedAt: string;
  open: boolean;
}

/** When a status change stamps the resolution: set on becoming resolved, kept while resolved, cleared when reopened. */
export function resolvedAtAfter(previous: { status: IncidentStatus; resolvedAt: string | null } | null, next: IncidentStatus, now: Date): string | null {
  if (next !== 'resolved') return null;
  return previous?.status === 'resolved' && previous.resolvedAt ? previous.resolvedAt : now.toISOString();
}

/** The one-line title of an incident, for the handling record and the report: 令和8年11月18日 10:05 発覚の漏えい（3人）. */
export function incidentTitle(i: Pick<IncidentView, 'discoveredAt' | 'kind' | 'residentsAffected'>, style: EraStyle = 'wareki'): string {
  return `${jaDateTime(i.discoveredAt, style)} 発覚の${INCIDENT_KIND_LABELS_JA[i.kind] ?? i.kind}（${i.residentsAffected}人）`;
}
