import type { Permission } from '@outreach/domain/auth';

/**
 * The one map from react-admin's (resource, action) to the API permission it needs. The API sends the
 * signed-in user's permissions; menus, buttons and routes all ask authProvider.canAccess, which asks this.
 */
const ACCESS: Record<string, Partial<Record<string, Permission>>> = {
  users: { list: 'user.read', show: 'user.read', create: 'user.manage', edit: 'user.manage' },
  organizations: { list: 'organization.read', show: 'organization.read', create: 'organization.manage', edit: 'organization.manage' },
  municipalities: { list: 'municipality.read', show: 'municipality.read', create: 'municipality.manage', edit: 'municipality.manage' },
  'handling-records': { list: 'handling_record.read', show: 'handling_record.read', export: 'export.download' },
  programs: { list: 'program.read', show: 'program.read', create: 'program.manage', edit: 'program.manage', calendar: 'calendar.manage', reportForm: 'report_form.manage' },
  calls: { list: 'program.read', show: 'program.read', create: 'call.log', edit: 'call.log', delete: 'call.log' },
  'call-weeks': { list: 'program.read', show: 'program.read', submit: 'report.submit', accept: 'report.accept' },
  sessions: { list: 'program.read', show: 'program.read', create: 'session.manage', edit: 'session.manage', delete: 'session.manage' },
  'daily-reports': {
    list: 'program.read',
    show: 'program.read',
    edit: 'report.submit',
    submit: 'report.submit',
    accept: 'report.accept',
    return: 'report.accept',
    reopen: 'report.accept',
    review: 'report.review',
  },
  defects: { list: 'program.read', show: 'program.read', create: 'followup.manage', edit: 'followup.manage' },
  inquiries: { list: 'program.read', show: 'program.read', create: 'followup.manage', edit: 'followup.manage' },
  incidents: { list: 'program.read', show: 'program.read', create: 'incident.manage', edit: 'incident.manage' },
  bookings: {
    list: 'program.read',
    show: 'program.read',
    create: 'booking.manage',
    manage: 'booking.manage',
    override: 'booking.override',
    confirm: 'booking.override',
    share: 'booking.share',
    // The slip's personal data: vendors who handle it, or the city once a slip is shared (the API checks which).
    personal: 'reservation.read_personal',
    personal_shared: 'reservation.read_shared',
  },
  'reception-list': { list: 'program.read', share: 'booking.share', export: 'export.download' },
  // 個人情報削除記録: read by everyone on the program; the manager runs the sweep now.
  // 受付票の共有: read by everyone on the program; staff prepare the file, a manager approves it (ADR 0010).
  // 実施場所の承認 (004 §7(3)): read by everyone on the program; the vendor proposes, the city admin decides.
  'site-approvals': { list: 'program.read', propose: 'site.propose', decide: 'site.decide' },
  'business-plans': { list: 'program.read', submit: 'plan.submit', decide: 'plan.decide' },
  // 月次・完了報告 (issue 20): read by everyone on the program; the vendor's manager submits, the city admin accepts or returns.
  'report-submissions': { list: 'program.read', submit: 'period_report.submit', decide: 'report.accept', draft: 'export.download' },
  // 折り返し: the vendor's team keeps callers' requests no slot fitted and marks them done.
  'call-backs': { list: 'booking.manage', create: 'booking.manage', log: 'booking.manage', claim: 'booking.manage' },
  // 前日確認 (issue 21 item 3): the vendor's team calls the next visit day's bookings and records each outcome.
  'confirmation-calls': { list: 'booking.manage', record: 'booking.manage' },
  // チーム編成 (issue 21 item 1): the vendor's manager assigns each visit half-day's team; staff see the teams they are on.
  teams: { list: 'booking.manage', show: 'booking.manage', assign: 'team.assign' },
  // 施設 (issue 18): read by everyone on the program; the vendor records and updates facilities.
  facilities: { list: 'program.read', show: 'program.read', create: 'booking.manage', edit: 'booking.manage' },
  'slip-shares': { list: 'program.read', prepare: 'booking.manage', approve: 'booking.share' },
  // 契約終了の手続き (特記事項 §10): the checklist for everyone on the program; staff prepare a handover file, the
  // vendor's manager deletes and closes; the certificate of deletion goes with the Excel downloads.
  'program-closing': { list: 'program.read', delete: 'booking.share', close: 'booking.share', handOver: 'booking.manage', certificate: 'export.download' },
  'personal-data-deletions': { list: 'program.read', run: 'booking.share', export: 'export.download' },
  'hand-overs': { list: 'program.read', create: 'booking.share', export: 'export.download' },
  // The 帳票 page (a custom route, not a resource): the Excel downloads.
  reports: { list: 'export.download' },
};

/** The resources (and pages) with a list a user may be allowed to open: the menu places each of them. */
export const LISTED_RESOURCES: readonly string[] = Object.keys(ACCESS).filter((resource) => Object.hasOwn(ACCESS[resource], 'list'));

/** Whether these permissions allow the action on the resource; an unknown resource or action is refused. */
export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  const actions = Object.hasOwn(ACCESS, resource) ? ACCESS[resource] : undefined;
  const needed = actions && Object.hasOwn(actions, action) ? actions[action] : undefined;
  return needed !== undefined && permissions.includes(needed);
}
