import type { ReportAction, ReportStatus } from '@outreach/domain/daily-reports';

/**
 * The report actions a status allows, in the order the buttons are shown (permissions are checked separately):
 * submit a new or returned report; accept or return a submitted one; reopen an accepted one.
 */
export function actionsFor(status: ReportStatus | null): ReportAction[] {
  switch (status) {
    case null:
    case 'draft':
    case 'returned':
      return ['submit'];
    case 'submitted':
      return ['accept', 'return'];
    case 'accepted':
      return ['reopen'];
  }
}

/** Return and reopen send the report back to the vendor and say why. */
export function needsReason(action: ReportAction): boolean {
  return action === 'return' || action === 'reopen';
}
