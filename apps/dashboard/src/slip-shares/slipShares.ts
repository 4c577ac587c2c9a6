import { type ShareFileState, shareFileApprovalProblem, shareFileDownloadProblem, type ShareFileView, type SlipShareWeek } from '@outreach/domain/booking-shares';
import { type DateKey, jstDateKey } from '@outreach/domain/common';

/**
 * The weeks worth a line — those with home-visit slips (a week without any has nothing to share) — in the order the
 * work comes: the weeks still to share first (overdue, then the next due), then the shared ones, the latest first (a
 * contract's twenty shared weeks since summer no longer push this week's to the bottom of the page).
 */
export function weeksWithSlips(weeks: readonly SlipShareWeek[]): SlipShareWeek[] {
  const toShare = weeks.filter((w) => w.state === 'overdue' || w.state === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const shared = weeks.filter((w) => w.state === 'shared').sort((a, b) => b.weekStart.localeCompare(a.weekStart));
  return [...toShare, ...shared];
}

/** The week's file still on its way (waiting for approval, or approved and not downloaded yet), if any. */
export function openWeeklyFile(files: readonly ShareFileView[], weekStart: DateKey): ShareFileView | undefined {
  return files.find((f) => f.purpose === 'weekly' && f.weekStart === weekStart && f.status !== 'rejected' && f.downloads === 0);
}

export type FileStepKind = 'prepared' | 'approved' | 'rejected' | 'downloaded';

/** One step of a file's release, with who and when where the API knows them. */
export interface FileStep {
  kind: FileStepKind;
  who: string | null;
  at: string | null;
  note?: string;
}

/** The steps a file went through, in order: prepared, then approved or returned, then its downloads. */
export function fileSteps(f: ShareFileView): FileStep[] {
  const steps: FileStep[] = [{ kind: 'prepared', who: f.preparedByName, at: f.preparedAt }];
  if (f.approvedAt) steps.push({ kind: 'approved', who: f.approvedByName, at: f.approvedAt });
  if (f.status === 'rejected') steps.push({ kind: 'rejected', who: null, at: null, note: f.rejectedReason ?? undefined });
  if (f.downloads > 0) steps.push({ kind: 'downloaded', who: null, at: f.lastDownloadedAt });
  return steps;
}

/** The file as the domain's release rules see it (the same rules the API enforces). */
function stateOf(f: ShareFileView): ShareFileState {
  return { status: f.status, preparedBy: f.preparedBy, approvedDate: f.approvedAt ? jstDateKey(new Date(f.approvedAt)) : null };
}

/** Whether this user may approve or return the file: a manager, waiting for approval, not the one who prepared it. */
export function canDecide(f: ShareFileView, userId: string | undefined, mayApprove: boolean): boolean {
  return mayApprove && userId !== undefined && shareFileApprovalProblem(stateOf(f), userId) === null;
}

/** Whether the file can be downloaded today: approved and within its download period. */
export function downloadable(f: ShareFileView, today: DateKey): boolean {
  return shareFileDownloadProblem(stateOf(f), today) === null;
}
