import { fiscalYear } from '@outreach/domain/common';
import { type ProgramBody, type ProgramInputDraft, proposeVisitDays, resolvePeriods, type VisitCalendarProposal } from '@outreach/domain/programs';
import { shiftDate } from './demo-placement';

/**
 * The two demo programs as their specifications write them (003 Otaru, 004 Shimonoseki), as data: every date
 * of a program is here, so shifting the demo to another year changes this table only.
 *
 * Otaru (003 §3): the contract runs from its signing (not in the spec; the demo says 2026-05-01) to 2027-01-08,
 * the call center 2026-06-01 – 12-24 (§8(1)エ), the visits 06-17 – 12-24 (§3(2)ア(ア)), the completion report by
 * 2027-01-08 (§10(2)); no monthly report is asked (calls are reported weekly, §10(1)).
 * Shimonoseki (004 §5): its contract ran to 2026-03-31; the demo shifts it to fiscal 2026 (2026-07-01 –
 * 2027-03-31) so it has a current period. Visits and inquiries run the whole contract; monthly reports (§8(11))
 * have no day in the spec, the demo says the 10th of the following month.
 *
 * These are the real 2026 dates; a first start outside the real-dates window moves them by whole weeks
 * (`demoProgramSettings`, see demo-placement.ts), fiscal years following the moved start.
 */
const REAL_SETTINGS = {
  otaru: {
    title: '小樽市マイナンバーカード個人宅・福祉施設等出張申請受付予約受付等業務',
    fiscalYear: 2026,
    periodStart: '2026-05-01',
    periodEnd: '2027-01-08',
    reportDeadline: '2027-01-08',
    periods: {
      callCenter: { start: '2026-06-01', end: '2026-12-24' },
      visits: { start: '2026-06-17', end: '2026-12-24' },
      monthlyReportDay: null,
    },
    serviceKinds: ['home_visit', 'facility_visit'],
    methods: { home_visit: 'on_site_acceptance', facility_visit: 'on_site_acceptance' },
    guidance: { reissueFeeYen: 2000 }, // §8(2)オ: 再申請に当たっては手数料2,000円を当日お支払いいただく
  },
  shimonoseki: {
    title: '下関市マイナンバーカード出張申請サポート業務',
    fiscalYear: 2026,
    periodStart: '2026-07-01',
    periodEnd: '2027-03-31',
    reportDeadline: '2027-03-31',
    periods: { monthlyReportDay: 10 },
    // 004 §3: the visit type goes to facilities and homes, with city staff, 申請時来庁 (on-site acceptance);
    // the venue type runs without city staff, 交付時来庁 (application support).
    serviceKinds: ['facility_visit', 'home_visit', 'venue_event'],
    methods: { facility_visit: 'on_site_acceptance', home_visit: 'on_site_acceptance', venue_event: 'application_support' },
    workingHours: { yearEnd: { from: '12-27', to: '01-04' } }, // 004 §6
    takesBookings: false, // 004 §7(3): the vendor chooses the facilities and households with the city; no call-center booking
    requireSiteApproval: true, // 004 §7(3): 希望する施設・個人宅／商業施設等を選定し、本市の承認を受けること
    requireBusinessPlan: true, // 004 §8(1): 業務計画書を作成し、事前に本市の承諾を得ること
  },
} satisfies Record<'otaru' | 'shimonoseki', ProgramInputDraft>;

/** The demo's titles, whatever its placement (`nonDemoData` recognises the programs by them). */
export const DEMO_PROGRAM_TITLES: readonly string[] = Object.values(REAL_SETTINGS).map((p) => p.title);

/** Every date field of a program's settings, moved by `weeks` whole weeks. */
function shifted<T extends ProgramInputDraft>(settings: T, weeks: number): T {
  const move = (d: string) => shiftDate(d, weeks);
  const periods = settings.periods && {
    ...settings.periods,
    ...('callCenter' in settings.periods && settings.periods.callCenter ? { callCenter: { start: move(settings.periods.callCenter.start), end: move(settings.periods.callCenter.end) } } : {}),
    ...('visits' in settings.periods && settings.periods.visits ? { visits: { start: move(settings.periods.visits.start), end: move(settings.periods.visits.end) } } : {}),
  };
  const periodStart = move(settings.periodStart);
  return { ...settings, fiscalYear: fiscalYear(periodStart), periodStart, periodEnd: move(settings.periodEnd), reportDeadline: move(settings.reportDeadline!), ...(periods ? { periods } : {}) };
}

/** The two demo programs placed `weeks` whole weeks from their real 2026 dates (0: the real dates). */
export function demoProgramSettings(weeks: number): typeof REAL_SETTINGS {
  return { otaru: shifted(REAL_SETTINGS.otaru, weeks), shimonoseki: shifted(REAL_SETTINGS.shimonoseki, weeks) };
}

/** Otaru's visit calendar (003 §3(2)ア(ウ)): 36 home-visit days and 6 facility days in its visit period, as the system proposes them. */
export function demoVisitCalendar(otaru: ProgramBody): VisitCalendarProposal {
  const visits = resolvePeriods(otaru).visits;
  return proposeVisitDays({
    periodStart: visits.start,
    periodEnd: visits.end,
    homeDays: 36,
    facilityDays: 6,
    workingHours: otaru.workingHours,
    perWeekMin: otaru.bookingRules.visitDaysPerWeekMin,
    perWeekMax: otaru.bookingRules.visitDaysPerWeekMax,
  });
}
