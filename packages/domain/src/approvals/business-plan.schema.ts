import { z } from 'zod';
import type { SubmissionTrail } from '../common/view.js';
import { freeText } from '../common/fields.js';
import type { DateKey } from '../common/dates.js';

/**
 * 業務計画書 (004 §8(1)): the vendor writes a business plan — sites, days, publicity, the team and how it works —
 * and obtains the city's consent (承諾) beforehand. The plan is a document (PDF, Word, Excel) uploaded as versions:
 * the vendor's manager submits one, the city admin consents to it or returns it with a reason, and a new version
 * follows a returned one or amends a consented one. A program that requires it (requireBusinessPlan) shows a plan
 * without consent on the vendor's attention list; a submitted one waits on the city's.
 */

export const businessPlanStatusSchema = z.enum(['submitted', 'approved', 'returned', 'withdrawn']);
export type BusinessPlanStatus = z.infer<typeof businessPlanStatusSchema>;
export const BUSINESS_PLAN_STATUS_LABELS_JA: Record<BusinessPlanStatus, string> = {
  submitted: '承諾待ち',
  approved: '承諾済み',
  returned: '差し戻し',
  withdrawn: '取り下げ',
};

/** Largest document accepted: a plan with maps and photos as PDF stays well under this. */
export const BUSINESS_PLAN_MAX_BYTES = 10 * 1024 * 1024;

/** The fields sent with the file (multipart). */
export const businessPlanSubmissionSchema = z.object({
  /** e.g. 「業務計画書（第2版）」; the file name when left empty. */
  title: freeText(100).optional(),
  /** What changed since the last version, for the city's reader. */
  note: freeText(500).optional(),
});
export type BusinessPlanSubmission = z.output<typeof businessPlanSubmissionSchema>;

export const businessPlanReturnSchema = z.object({ reason: freeText(500, { required: '差し戻しの理由を入力してください' }) });
export type BusinessPlanReturn = z.output<typeof businessPlanReturnSchema>;

export type DocumentKind = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'doc' | 'xls';
export const DOCUMENT_CONTENT_TYPES: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};
export const DOCUMENT_KIND_PROBLEM = 'PDF・Word・Excel・PowerPoint のファイルを選択してください';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // Office Open XML is a zip package
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97–2003, Excel 97–2003

/**
 * What kind of document an upload is: its name's extension says which, its first bytes must agree (a renamed
 * executable or image is refused). The client's content type is never trusted.
 */
export function documentKind(fileName: string, head: Uint8Array): DocumentKind | null {
  const ext = /\.([a-z]+)$/i.exec(fileName.normalize('NFKC').trim())?.[1]?.toLowerCase();
  if (ext === 'pdf') return startsWith(head, PDF) ? 'pdf' : null;
  if (ext === 'docx' || ext === 'xlsx' || ext === 'pptx') return startsWith(head, ZIP) ? ext : null;
  if (ext === 'doc' || ext === 'xls') return startsWith(head, OLE) ? ext : null;
  return null;
}

/**
 * The file name as kept and offered back on download: NFKC, no folders (a browser may send a path), no control
 * characters, at most 200 characters with the extension kept.
 */
export function documentFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.normalize('NFKC').split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  return base.slice(0, 200 - ext.length) + ext;
}

/** Whether a new version may be submitted after the latest one: not while one waits for the city. */
export function planSubmissionProblem(latest: { status: BusinessPlanStatus } | null): string | null {
  return latest?.status === 'submitted' ? '承諾待ちの業務計画書があります（取り下げてから新しい版を提出してください）' : null;
}

/** Only a version waiting for the city is decided (consented or returned) or withdrawn by the vendor. */
export function planIsOpen(status: BusinessPlanStatus): boolean {
  return status === 'submitted';
}

export interface BusinessPlanState {
  /** The version in force: the latest one the city consented to. */
  approved: { version: number; decidedDate: DateKey } | null;
  /** The version waiting for the city, if any. */
  pending: { version: number; submittedDate: DateKey; id: string } | null;
  /** The latest version when the city returned it and no newer one followed. */
  returned: { version: number; decidedDate: DateKey; id: string } | null;
}

/**
 * The program's plan as its attention lists read it, from its versions (any order): the one in force, the one
 * waiting, and a returned one the vendor still has to answer.
 */
export function businessPlanState(
  versions: ReadonlyArray<{ id: string; version: number; status: BusinessPlanStatus; submittedDate: DateKey; decidedDate: DateKey | null }>,
): BusinessPlanState {
  const byVersion = [...versions].sort((a, b) => b.version - a.version);
  const approved = byVersion.find((v) => v.status === 'approved');
  const pending = byVersion.find((v) => v.status === 'submitted');
  const latest = byVersion.find((v) => v.status !== 'withdrawn');
  return {
    approved: approved ? { version: approved.version, decidedDate: approved.decidedDate ?? approved.submittedDate } : null,
    pending: pending ? { version: pending.version, submittedDate: pending.submittedDate, id: pending.id } : null,
    returned: latest?.status === 'returned' ? { version: latest.version, decidedDate: latest.decidedDate ?? latest.submittedDate, id: latest.id } : null,
  };
}

/** A version as the API answers it. */
export interface BusinessPlanView extends SubmissionTrail {
  id: string;
  programId: string;
  /** 1, 2, 3… in the order submitted. */
  version: number;
  title: string;
  fileName: string;
  kind: DocumentKind;
  bytes: number;
  note: string | null;
  status: BusinessPlanStatus;
  returnReason: string | null;
}
