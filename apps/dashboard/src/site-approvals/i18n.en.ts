import type { siteApprovalsJa, siteApprovalsResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const siteApprovalsEn: typeof siteApprovalsJa = {
  title: 'Site approval',
  hint: 'The facilities and districts visited and the event venues are approved by the city beforehand. Sessions can be recorded only at approved sites.',
  notRequired: 'This program does not require site approval (it can be changed in the program settings)',
  empty: 'No site has been proposed yet',
  proposeTitle: 'Propose a site',
  serviceKind: 'Service kind',
  name: 'Name of the site (district for homes)',
  address: 'Address (facilities and venues only)',
  propose: 'Ask for approval',
  proposed: 'Asked the city to approve “%{name}”',
  approve: 'Approve',
  approved: 'Approved “%{name}”',
  reject: 'Reject',
  rejectTitle: 'Reject “%{name}”',
  rejectReason: 'Reason for the rejection',
  rejected: 'Rejected “%{name}”',
  proposedBy: 'Proposed: %{name} (%{at})',
  decidedBy: '%{status}: %{name} (%{at})',
  reason: 'Reason: %{reason}',
  kinds: { home_visit: 'Home visit', facility_visit: 'Facility visit', venue_event: 'Venue event' },
  statuses: { proposed: 'Awaiting approval', approved: 'Approved', rejected: 'Rejected' },
};

export const siteApprovalsResourceEn: typeof siteApprovalsResourceJa = { name: 'Site approval' };
