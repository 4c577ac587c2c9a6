import { z } from 'zod';
import { addDays, type DateKey } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';

/**
 * The reception slips as a file, for cities that still want one (§9(1)イ・ウ): vendor staff prepare it, a second
 * person (a manager) checks and approves it, and only then can it be downloaded — as an encrypted workbook with a
 * new password at every download (ADR 0010). The in-app share stays the default. These are the rules of that
 * workflow; the API runs them and records each step in the handling record.
 */

/** weekly: the slips of one visit week (§9(1)); handover: the slips still held when the contract ends (特記事項 §10). */
export const shareFilePurposeSchema = z.enum(['weekly', 'handover']);
export type ShareFilePurpose = z.infer<typeof shareFilePurposeSchema>;

export const shareFileStatusSchema = z.enum(['prepared', 'approved', 'rejected']);
export type ShareFileStatus = z.infer<typeof shareFileStatusSchema>;

export const SHARE_FILE_STATUS_LABELS_JA: Record<ShareFileStatus, string> = {
  prepared: '承認待ち',
  approved: '承認済み（ダウンロード可）',
  rejected: '差し戻し',
};

export const SHARE_FILE_PURPOSE_LABELS_JA: Record<ShareFilePurpose, string> = {
  weekly: '週次の受付票',
  handover: '契約終了時の引渡し',
};

/** Days an approved file stays downloadable; after that it is prepared and approved again. */
export const SHARE_FILE_DOWNLOAD_DAYS = 7;

/** Body of the preparation: a weekly file names its visit week; a handover file names its reservations. */
export const shareFilePrepareSchema = z.discriminatedUnion('purpose', [
  z.object({ purpose: z.literal('weekly'), weekStart: dateKeySchema }),
  z.object({
    purpose: z.literal('handover'),
    bookingIds: z.array(z.string().min(1).max(36)).min(1, { message: '引き渡す受付を1件以上選んでください' }).max(500, { message: '一度に引き渡せるのは500件までです' }),
  }),
]);
export type ShareFilePrepare = z.infer<typeof shareFilePrepareSchema>;

export const shareFileRejectSchema = z.object({
  reason: z.string().trim().min(1, { message: '差し戻す理由を入力してください' }).max(500, { message: '500文字以内で入力してください' }),
});

/** A share file as the rules see it. */
export interface ShareFileState {
  status: ShareFileStatus;
  preparedBy: string;
  /** JST date of the approval, or null. */
  approvedDate: DateKey | null;
}

/** Why this user cannot approve the file, or null: it must wait for approval and be checked by someone else. */
export function shareFileApprovalProblem(file: ShareFileState, approverId: string): string | null {
  if (file.status !== 'prepared') return 'このファイルは承認待ちではありません';
  if (file.preparedBy === approverId) return '準備した本人は承認できません。別の管理者が内容を確認して承認してください';
  return null;
}

/** The last day an approved file can be downloaded. */
export function shareFileDownloadUntil(approvedDate: DateKey): DateKey {
  return addDays(approvedDate, SHARE_FILE_DOWNLOAD_DAYS);
}

/** Why the file cannot be downloaded today, or null. */
export function shareFileDownloadProblem(file: ShareFileState, today: DateKey): string | null {
  if (file.status === 'rejected') return 'このファイルは差し戻されました。もう一度準備してください';
  if (file.status !== 'approved' || !file.approvedDate) return '管理者の承認前はダウンロードできません';
  const until = shareFileDownloadUntil(file.approvedDate);
  if (today > until) return `ダウンロードの期限（${until}）を過ぎました。もう一度準備して承認を受けてください`;
  return null;
}

/** Letters and digits that cannot be mistaken for each other when read out or typed (no 0/O, 1/l/I). */
export const SHARE_PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export const SHARE_PASSWORD_LENGTH = 16;

/**
 * A password from random bytes (the caller's CSPRNG): 16 characters of the unambiguous alphabet (about 93 bits),
 * each byte kept only below the largest multiple of the alphabet's size so that every character is equally likely.
 * Returns null when the bytes ran out before 16 characters (ask again with more bytes).
 */
export function sharePassword(bytes: Uint8Array): string | null {
  const n = SHARE_PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  for (const b of bytes) {
    if (b >= limit) continue;
    out += SHARE_PASSWORD_ALPHABET[b % n];
    if (out.length === SHARE_PASSWORD_LENGTH) return out;
  }
  return null;
}

/** A share file as the API shows it (GET/POST …/share-files): facts and names only, never the slips' contents. */
export interface ShareFileView {
  id: string;
  programId: string;
  purpose: ShareFilePurpose;
  purposeLabel: string;
  weekStart: DateKey | null;
  /** The reception numbers it holds (facts only). */
  receptionNumbers: number[];
  status: ShareFileStatus;
  statusLabel: string;
  preparedBy: string;
  preparedByName: string | null;
  preparedAt: string;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  rejectedReason: string | null;
  downloads: number;
  lastDownloadedAt: string | null;
  /** Last day it can be downloaded (approved files). */
  downloadUntil: DateKey | null;
}

/** The file handed out once: its name, its one-time password and its bytes (base64). */
export interface ShareFileDownload {
  filename: string;
  password: string;
  content: string;
  slips: number;
}
