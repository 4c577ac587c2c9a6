import { yearEndDays } from '@outreach/domain/common';
import { serviceKindLabel, weekdayOrder, type Translate } from './labels';
import { booksVisits, type ProgramView } from '@outreach/domain/programs';
import { formatOfficialDate, formatOfficialPeriod } from '../common/dates';

/**
 * A program's settings as sentences a city official reads: 「訪問枠 午前2・午後2」「6人以上の世帯は半日」.
 * The overview tab only lays these rows out.
 */

export interface SettingsRow {
  label: string;
  value: string;
}

export interface SettingsSection {
  id: 'basics' | 'periods' | 'workingDays' | 'booking' | 'reports' | 'personalData';
  title: string;
  rows: SettingsRow[];
}

/** 2026 → 「2026年度（令和8年度）」 */
export function fiscalYearText(translate: Translate, fiscalYear: number): string {
  const era = formatOfficialDate(`${fiscalYear}-04-01`).replace(/年.*$/, '年');
  return translate('resources.programs.settings.fiscalYear', { year: fiscalYear, era });
}

/** 9:00 rather than 09:00, as times are written in Japanese notices. */
export function formatTime(hhmm: string): string {
  return hhmm.replace(/^0(\d):/, '$1:');
}

export function settingsSections(translate: Translate, program: ProgramView): SettingsSection[] {
  const s = (key: string, options?: Record<string, unknown>) => translate(`resources.programs.settings.${key}`, options);
  const field = (key: string) => translate(`resources.programs.fields.${key}`);
  const weekdayName = (day: number) => translate(`resources.programs.weekdays.${day}`);
  const date = (key: string) => formatOfficialDate(key, program.eraStyle);
  const period = (start: string, end: string) => formatOfficialPeriod(start, end, program.eraStyle);
  const { workingHours: w, bookingRules: b, dailyReportDue: due, periods } = program;
  const workingDays = weekdayOrder(1).filter((d) => w.workingWeekdays.includes(d));
  const slots = (am: number, pm: number) => s('slotsValue', { am, pm });
  // A program saved before these settings existed has the defaults.
  const anyDay = w.anyDayKinds ?? ['venue_event'];

  return [
    {
      id: 'basics',
      title: translate('resources.programs.sections.basics'),
      rows: [
        { label: field('title'), value: program.title },
        { label: field('fiscalYear'), value: fiscalYearText(translate, program.fiscalYear) },
        {
          label: s('serviceKinds'),
          value: program.serviceKinds
            .map((kind) => {
              const method = program.methods[kind];
              const label = serviceKindLabel(translate, kind);
              return method ? s('serviceKindWithMethod', { kind: label, method: translate(`resources.programs.methods.${method}`) }) : label;
            })
            .join(s('separator')),
        },
        { label: field('vendorNames'), value: program.vendorNames.length ? program.vendorNames.join(s('listSeparator')) : s('vendorsNone') },
        { label: s('eraStyle'), value: translate(`resources.programs.eraStyles.${program.eraStyle}`) },
        { label: s('requireTotp'), value: program.requireTotp ? s('required') : s('optional') },
      ],
    },
    {
      id: 'periods',
      title: translate('resources.programs.sections.periods'),
      rows: [
        { label: s('contract'), value: period(program.periodStart, program.periodEnd) },
        { label: s('callCenter'), value: period(periods.callCenter.start, periods.callCenter.end) },
        { label: s('visits'), value: period(periods.visits.start, periods.visits.end) },
        {
          label: s('dailyReport'),
          value:
            due.workingDaysAfter === 0
              ? s('dailyReportSameDay', { time: formatTime(due.time) })
              : s('dailyReportValue', { days: due.workingDaysAfter, time: formatTime(due.time) }),
        },
        { label: s('monthlyReport'), value: periods.monthlyReportDay === null ? s('none') : s('monthlyReportValue', { day: periods.monthlyReportDay }) },
        { label: s('completionReport'), value: s('completionReportValue', { date: date(program.reportDeadline) }) },
      ],
    },
    {
      id: 'workingDays',
      title: translate('resources.programs.sections.workingDays'),
      rows: [
        { label: s('workingWeekdays'), value: workingDays.map(weekdayName).join(s('separator')) },
        { label: s('hours'), value: s('hoursValue', { open: formatTime(w.openTime), close: formatTime(w.closeTime) }) },
        { label: s('holidays'), value: w.closedOnHolidays ? s('closed') : s('open') },
        { label: s('yearEnd'), value: w.closedYearEnd ? s('yearEndValue', yearEndDays(w.yearEnd)) : s('open') },
        { label: s('extraClosedDays'), value: w.extraClosedDays.length ? [...w.extraClosedDays].sort().map(date).join(s('listSeparator')) : s('none') },
        { label: s('anyDayKinds'), value: anyDay.length ? anyDay.map((k) => serviceKindLabel(translate, k)).join(s('separator')) : s('none') },
      ],
    },
    {
      id: 'booking',
      title: translate('resources.programs.sections.booking'),
      // A program that books no visits has no slot rules to read (they stay stored, unused).
      rows: !booksVisits(program)
        ? [{ label: s('takesBookings'), value: s('takesNoBookings') }]
        : [
            { label: s('takesBookings'), value: s('takesBookingsValue') },
            { label: s('homeSlots'), value: slots(b.homeSlotsAm, b.homeSlotsPm) + (b.pmThirdSlotEnabled ? s('pmThird', { minutes: b.pmThirdTravelMaxMinutes }) : '') },
            { label: s('largeHousehold'), value: s('largeHouseholdValue', { count: b.largeHouseholdThreshold }) },
            { label: s('facilitySlots'), value: slots(b.facilitySlotsAm, b.facilitySlotsPm) },
            { label: s('smallFacility'), value: s('smallFacilityValue', { count: b.smallFacilityMax }) },
            { label: s('facilityMax'), value: s('facilityMaxValue', { count: b.facilitySessionMaxApplicants }) },
            { label: s('travel'), value: s('travelValue', { minutes: b.travelMaxMinutes }) },
            { label: s('lead'), value: s('leadValue', { small: b.smallFacilityMax, home: b.leadDaysHome, facility: b.leadDaysLargeFacility }) },
            { label: s('perWeek'), value: s('perWeekValue', { min: b.visitDaysPerWeekMin, max: b.visitDaysPerWeekMax }) },
          ],
    },
    {
      id: 'reports',
      title: translate('resources.programs.sections.reports'),
      rows: [
        { label: s('weekStartsOn'), value: s('weekStartsOnValue', { weekday: weekdayName(program.weekStartsOn) }) },
        { label: s('callWeekReport'), value: s('callWeekReportValue', { weekday: weekdayName(program.callWeekReportDueWeekday) }) },
        { label: s('dailyReportReview'), value: translate(`resources.programs.reviews.${program.dailyReportReview}`) },
      ],
    },
    {
      id: 'personalData',
      title: translate('resources.programs.sections.personalData'),
      rows: [{ label: s('deletionLimit'), value: s('deletionLimitValue', { days: program.personalDataDeletionLimitDays }) }],
    },
  ];
}
