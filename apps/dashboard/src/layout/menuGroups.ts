import type { ProgramSummary } from '@outreach/domain/programs';

/** The 予約受付 screen (bookings' create) and the 帳票 page (a custom route): menu entries that are not resource lists. */
export const BOOKING_DESK = 'booking-desk';
export const REPORTS_PAGE = 'reports';

/**
 * The menu's sections, each the entries of one kind of work in the order a day of it goes (labels:
 * app.menu.<id>). Every resource with a list is in exactly one section (menuGroups.spec.ts checks it against the
 * access map), so a new resource is placed here on purpose rather than appended at the end.
 */
export const MENU_GROUPS = [
  { id: 'program', entries: ['programs'] },
  { id: 'reception', entries: [BOOKING_DESK, 'calls', 'bookings', 'call-backs', 'confirmation-calls', 'reception-list', 'slip-shares', 'call-weeks'] },
  { id: 'visits', entries: ['facilities', 'teams', 'sessions', 'daily-reports', 'hand-overs'] },
  { id: 'followUps', entries: ['defects', 'inquiries', 'incidents'] },
  { id: 'reports', entries: ['report-submissions', 'site-approvals', 'business-plans', REPORTS_PAGE] },
  { id: 'personalData', entries: ['personal-data-deletions', 'handling-records', 'program-closing'] },
  { id: 'administration', entries: ['municipalities', 'organizations', 'users'] },
] as const;

/** The program setting that switches a screen on; a program with the setting off has nothing to do there. */
const USED_WHEN: Partial<Record<string, 'takesBookings' | 'requireSiteApproval' | 'requireBusinessPlan'>> = {
  // 003 §8(2), §9(1): the screens of visits booked by the call center (a program whose vendor chooses its sites
  // with the city, 004 §7(3), books none; its calls, call-backs and teams stay).
  [BOOKING_DESK]: 'takesBookings',
  bookings: 'takesBookings',
  'confirmation-calls': 'takesBookings',
  'reception-list': 'takesBookings',
  'slip-shares': 'takesBookings',
  // 004 §7(3) and §8(1): only a program that asks for the city's approval of its sites or of its business plan.
  'site-approvals': 'requireSiteApproval',
  'business-plans': 'requireBusinessPlan',
};

/**
 * Whether the menu offers this entry for the current program: always, unless the program's setting leaves the
 * screen without work (no current program yet, or the setting not given: offered).
 */
export function usedByProgram(entry: string, program: ProgramSummary | undefined): boolean {
  const setting = USED_WHEN[entry];
  return setting === undefined || program?.[setting] !== false;
}
