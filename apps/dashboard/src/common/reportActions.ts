import type { DailyReportAction, DailyReportStatus } from '@outreach/domain/daily-reports';

/**
 * The report actions a status allows, in the order the buttons are shown (permissions are checked separately):
 * submit a new or returned report; check (確認) or return internally one under the vendor's check; accept or
 * return a submitted one; reopen an accepted one. The weekly call report only ever has the generic statuses.
 */
export function actionsFor(status: DailyReportStatus | null): DailyReportAction[] {
  switch (status) {
    case null:
    case 'draft':
    case 'returned':
    case 'returned_internally':
      return ['submit'];
    case 'checking':
      return ['release', 'return_internally'];
    case 'submitted':
      return ['accept', 'return'];
    case 'accepted':
      return ['reopen'];
  }
}

/** Return, reopen and the internal return send the report back and say why. */
export function needsReason(action: DailyReportAction): boolean {
  return action === 'return' || action === 'reopen' || action === 'return_internally';
}

/** The permission (react-admin action) a button needs: submit, the city's decision, or the vendor manager's check. */
export function accessFor(action: DailyReportAction): 'submit' | 'accept' | 'review' {
  if (action === 'submit') return 'submit';
  return action === 'release' || action === 'return_internally' ? 'review' : 'accept';
}
