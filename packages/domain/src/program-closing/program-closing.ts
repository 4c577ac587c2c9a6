import { z } from 'zod';
import type { DateKey } from '../common/dates.js';
import { type EraStyle, formatJapaneseDate } from '../common/wareki.js';

/**
 * Closing a contract (個人情報取扱特記事項 §10): when the program's period is over, every record that still holds
 * residents' personal data is either deleted or handed over to the city; then the program is closed, accepts no
 * new personal data, and its certificate of deletion (削除証明書) can be issued.
 */

/** What still holds personal data when the contract ends: a reservation's slip, or a share file not yet done with. */
export interface ClosingItem {
  kind: 'booking' | 'share_file' | 'applicant_list';
  id: string;
  /** Japanese, ready to show: 受付番号12（個人宅・令和8年6月17日訪問）. */
  label: string;
  /** Reservations: what can be done with it. */
  actions: ClosingAction[];
  /** Reservations: already in a handover file waiting for approval or download. */
  inHandoverFile?: boolean;
}

export const closingActionSchema = z.enum(['delete', 'hand_over']);
export type ClosingAction = z.infer<typeof closingActionSchema>;

export const CLOSING_ACTION_LABELS_JA: Record<ClosingAction, string> = {
  delete: '削除',
  hand_over: '市へ引渡し',
};

/** Body of the deletion of reservations' personal data at the closing. */
export const closingDeleteSchema = z.object({
  bookingIds: z.array(z.string().min(1).max(36)).min(1, { message: '削除する受付を1件以上選んでください' }).max(500, { message: '一度に削除できるのは500件までです' }),
});

export interface ClosingState {
  periodEnd: DateKey;
  closedAt: string | null;
}

/**
 * Why the checklist's deletions and handovers cannot start yet, or null: only once the contract period is over. The
 * end date is written as the program writes its dates (令和9年2月26日), as the screen shows it beside the message.
 */
export function closingNotYetProblem(program: ClosingState, today: DateKey, eraStyle: EraStyle = 'wareki'): string | null {
  if (today <= program.periodEnd) return `事業期間（${formatJapaneseDate(program.periodEnd, eraStyle)}まで）が終わってから終了の手続きをしてください`;
  return null;
}

/** Why the program cannot be closed now, or null. */
export function closeProgramProblem(program: ClosingState, today: DateKey, remaining: readonly ClosingItem[], eraStyle: EraStyle = 'wareki'): string | null {
  if (program.closedAt) return 'この事業はすでに終了の手続きが済んでいます';
  const notYet = closingNotYetProblem(program, today, eraStyle);
  if (notYet) return notYet;
  if (remaining.length) return `個人情報が残っている記録が${remaining.length}件あります。すべて削除するか市へ引き渡してから終了してください`;
  return null;
}

/** Why a program takes no new personal data, or null while it runs. */
export function closedProgramProblem(program: { closedAt: Date | string | null }): string | null {
  return program.closedAt ? 'この事業は契約終了の手続きが済んでいるため、個人情報を含む新しい受付はできません' : null;
}

/** The closing checklist as the API shows it (GET /programs/:id/closing). */
export interface ClosingChecklist {
  periodEnd: DateKey;
  closedAt: string | null;
  /** Why the deletions and handovers cannot start yet (the period is not over), or null. */
  notYet: string | null;
  /** Every record that still holds personal data. */
  items: ClosingItem[];
  /** Why the program cannot be closed now, or null. */
  closeProblem: string | null;
  deleted: number;
  handedOver: number;
}
