import { summarizeVisitDays } from '@outreach/domain/programs';
import { i18nProvider } from '../providers/i18nProvider';
import { byMonth, dayAriaLabel, daysOfMonth, describeDay, diffCalendars, isAddable, monthGrid, periodMonths, type CalendarContext } from './calendar';
import type { VisitDayView } from '@outreach/domain/programs';

const translate = i18nProvider.translate;

const visit = (date: string, kind: VisitDayView['kind'], bookings = 0): VisitDayView => ({ id: date, date, kind, bookings });

function context(days: VisitDayView[] = [], extraClosedDays: string[] = []): CalendarContext {
  return {
    periodStart: '2026-06-01',
    periodEnd: '2026-12-24',
    workingHours: { workingWeekdays: [1, 2, 3, 4, 5], closedOnHolidays: true, closedYearEnd: true, extraClosedDays },
    visitDays: new Map(days.map((d) => [d.date, d])),
  };
}

describe(periodMonths.name, () => {
  it("lists every month of Otaru's period, June to December", () => {
    expect(periodMonths('2026-06-01', '2026-12-24')).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('crosses the year and keeps a one-day period', () => {
    expect(periodMonths('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodMonths('2026-06-17', '2026-06-17')).toEqual(['2026-06']);
    expect(periodMonths('2026-06-17', '2026-06-01')).toEqual([]);
  });
});

describe(monthGrid.name, () => {
  it('starts weeks on Monday: June 2026 begins on a Monday and needs 5 rows', () => {
    const weeks = monthGrid('2026-06');
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toBe('2026-06-01');
    expect(weeks[4]).toEqual(['2026-06-29', '2026-06-30', null, null, null, null, null]);
  });

  it('pads the first week: November 2026 begins on a Sunday, the last column', () => {
    const weeks = monthGrid('2026-11');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.flat().filter(Boolean)).toEqual(daysOfMonth('2026-11'));
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('starts on Sunday when the program says so', () => {
    expect(monthGrid('2026-11', 0)[0][0]).toBe('2026-11-01');
  });

  it('knows leap years', () => {
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(daysOfMonth('2026-02')).toHaveLength(28);
  });
});

describe(describeDay.name, () => {
  it('marks national holidays with their name, and they are not working days', () => {
    const day = describeDay('2026-07-20', context());
    expect(day).toMatchObject({ holiday: '海の日', weekday: 1, inPeriod: true, weekend: false });
    expect(day.closedReason).toBe('海の日');
    expect(isAddable(day)).toBe(false);
  });

  it('marks weekends, 12/29–1/3 and the city closed days', () => {
    expect(describeDay('2026-06-20', context()).weekend).toBe(true);
    expect(describeDay('2026-12-29', context()).yearEnd).toBe(true);
    const closed = describeDay('2026-12-28', context([], ['2026-12-28']));
    expect(closed).toMatchObject({ extraClosed: true, closedReason: '市の閉庁日' });
  });

  it('lets a free working day in the period be added, not a visit day or a day outside the period', () => {
    expect(isAddable(describeDay('2026-06-18', context()))).toBe(true);
    expect(isAddable(describeDay('2026-06-17', context([visit('2026-06-17', 'home_visit')])))).toBe(false);
    expect(isAddable(describeDay('2026-12-25', context()))).toBe(false);
  });
});

describe(dayAriaLabel.name, () => {
  it('says the date, the kind of visit day and its bookings', () => {
    const day = describeDay('2026-06-17', context([visit('2026-06-17', 'home_visit', 2)]));
    expect(dayAriaLabel(translate, day)).toBe('6月17日(水) 個人宅訪問日 予約2件');
    const facility = describeDay('2026-06-18', context([visit('2026-06-18', 'facility_visit')]));
    expect(dayAriaLabel(translate, facility)).toBe('6月18日(木) 福祉施設訪問日 予約なし');
  });

  it('names the holiday or closure, and tells a manager that a free day can be added', () => {
    expect(dayAriaLabel(translate, describeDay('2026-07-20', context()))).toBe('7月20日(月) 海の日');
    expect(dayAriaLabel(translate, describeDay('2026-06-20', context()))).toBe('6月20日(土) 土日（稼働日外）');
    expect(dayAriaLabel(translate, describeDay('2026-12-29', context()))).toBe('12月29日(火) 実施期間外');
    expect(dayAriaLabel(translate, describeDay('2026-06-18', context()))).toBe('6月18日(木) 実施予定なし');
    expect(dayAriaLabel(translate, describeDay('2026-06-18', context()), true)).toBe('6月18日(木) 実施予定なし（追加できます）');
  });
});

describe(summarizeVisitDays.name, () => {
  it('counts the days by kind and adds up the bookings', () => {
    const days = [visit('2026-06-02', 'home_visit', 3), visit('2026-06-04', 'facility_visit', 1), visit('2026-06-09', 'home_visit')];
    expect(summarizeVisitDays(days)).toEqual({ total: 3, home: 2, facility: 1, bookings: 4 });
    expect(i18nProvider.translate('resources.programs.calendar.summary', { total: 42, home: 36, facility: 6 })).toBe('実施予定日 42日（個人宅36日・福祉施設6日）');
  });
});

describe(diffCalendars.name, () => {
  it('counts added, removed and re-kinded days', () => {
    const current = [visit('2026-06-02', 'home_visit'), visit('2026-06-04', 'home_visit'), visit('2026-06-09', 'facility_visit')];
    const proposed = [
      { date: '2026-06-02', kind: 'home_visit' as const },
      { date: '2026-06-04', kind: 'facility_visit' as const },
      { date: '2026-06-11', kind: 'home_visit' as const },
      { date: '2026-06-16', kind: 'home_visit' as const },
    ];
    expect(diffCalendars(current, proposed)).toEqual({ added: 2, removed: 1, changed: 1 });
    expect(diffCalendars(current, current)).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe(byMonth.name, () => {
  it('groups days by month in date order', () => {
    const grouped = byMonth([visit('2026-07-01', 'home_visit'), visit('2026-06-30', 'home_visit'), visit('2026-06-02', 'facility_visit')]);
    expect(grouped.map((g) => [g.month, g.days.map((d) => d.date)])).toEqual([
      ['2026-06', ['2026-06-02', '2026-06-30']],
      ['2026-07', ['2026-07-01']],
    ]);
  });
});
