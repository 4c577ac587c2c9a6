import { programBodySchema, resolvePeriods } from '@outreach/domain/programs';
import { i18nProvider } from '../providers/i18nProvider';
import type { ProgramView } from '@outreach/domain/programs';
import { fiscalYearText, formatTime, settingsSections } from './settings';

const translate = i18nProvider.translate;

/** Otaru as the demo seeds it: every setting at the spec's defaults. */
function otaru(overrides: Record<string, unknown> = {}): ProgramView {
  const body = programBodySchema.parse({
    title: '小樽市マイナンバーカード個人宅・福祉施設等出張申請受付予約受付等業務',
    fiscalYear: 2026,
    periodStart: '2026-06-01',
    periodEnd: '2026-12-24',
    reportDeadline: '2026-12-24',
    serviceKinds: ['home_visit', 'facility_visit'],
    methods: { home_visit: 'on_site_acceptance', facility_visit: 'on_site_acceptance' },
    vendorOrganizationIds: ['4d4a8f4e-2f7b-4a53-9a52-6c1f9f7a1b20'],
    ...overrides,
  });
  return { ...body, periods: resolvePeriods(body), id: 'p1', municipalityId: 'm1', municipalityName: '小樽市', closedAt: null, vendorNames: ['株式会社みなとコールサービス（デモ）'] };
}

function rows(program: ProgramView): Record<string, string> {
  return Object.fromEntries(settingsSections(translate, program).flatMap((s) => s.rows.map((r) => [r.label, r.value])));
}

describe(settingsSections.name, () => {
  it('reads the basics in Japanese, the period in the Japanese era', () => {
    const r = rows(otaru());
    expect(r['年度']).toBe('2026年度（令和8年度）');
    expect(r['サービス種別と申請方式']).toBe('個人宅訪問（出張申請受付）・福祉施設訪問（出張申請受付）');
    expect(r['受託者']).toBe('株式会社みなとコールサービス（デモ）');
    expect(r['二要素認証']).toBe('任意');
  });

  it('names every period and report deadline, in the Japanese era', () => {
    const r = rows(
      otaru({
        periodStart: '2026-05-01',
        periodEnd: '2027-01-08',
        reportDeadline: '2027-01-08',
        periods: { callCenter: { start: '2026-06-01', end: '2026-12-24' }, visits: { start: '2026-06-17', end: '2026-12-24' }, monthlyReportDay: null },
      }),
    );
    expect(r['契約期間']).toBe('令和8年5月1日～令和9年1月8日');
    expect(r['コールセンター開設期間']).toBe('令和8年6月1日～令和8年12月24日');
    expect(r['実施期間']).toBe('令和8年6月17日～令和8年12月24日');
    expect(r['月次報告']).toBe('なし');
    expect(r['完了報告']).toBe('令和9年1月8日まで');
    expect(rows(otaru({ periods: { monthlyReportDay: 10 } }))['月次報告']).toBe('翌月10日まで（その月にない日は月末）');
  });

  it('says the booking rules as the spec does', () => {
    const r = rows(otaru());
    expect(r['個人宅の訪問枠']).toBe('午前2・午後2');
    expect(r['大人数の世帯']).toBe('6人以上の世帯は半日（その半日は1件のみ）');
    expect(r['福祉施設の訪問枠']).toBe('午前1・午後1');
    expect(r['小規模な施設']).toBe('5人以下の施設は個人宅の枠で予約');
    expect(r['予約の期限']).toBe('個人宅・5人以下の施設は14日前まで、それ以外の施設は30日前まで');
    expect(r['実施予定日']).toBe('週1〜2日');
    expect(rows(otaru({ bookingRules: { pmThirdSlotEnabled: true } }))['個人宅の訪問枠']).toBe('午前2・午後2（午後3枠目あり：前の訪問から移動15分以内のとき）');
    expect(r['訪問の予約']).toBe('コールセンターで受け付ける');
  });

  it('says only that no visit is booked where the program takes none, without slot rules', () => {
    const booking = settingsSections(translate, otaru({ takesBookings: false })).find((s) => s.id === 'booking')!;
    expect(booking.rows).toEqual([{ label: '訪問の予約', value: '受け付けない（実施場所は受託者が市と協議して選ぶ）' }]);
  });

  it('says the working days, hours and closures', () => {
    const r = rows(otaru({ workingHours: { extraClosedDays: ['2027-01-04', '2026-12-28'] } }));
    expect(r['稼働曜日']).toBe('月・火・水・木・金');
    expect(r['受付時間']).toBe('9:00〜17:00');
    expect(r['祝日']).toBe('休み');
    expect(r['市の閉庁日']).toBe('令和8年12月28日、令和9年1月4日');
    expect(rows(otaru())['市の閉庁日']).toBe('なし');
    expect(rows(otaru())['年末年始']).toBe('12/29〜1/3は休み');
    expect(rows(otaru({ workingHours: { yearEnd: { from: '12-27', to: '01-04' } } }))['年末年始']).toBe('12/27〜1/4は休み');
    expect(rows(otaru())['閉庁日にも実施']).toBe('会場設置型');
    expect(rows(otaru({ workingHours: { anyDayKinds: [] } }))['閉庁日にも実施']).toBe('なし');
  });

  it('says the report deadlines', () => {
    const r = rows(otaru());
    expect(r['週の始まり']).toBe('月曜日');
    expect(r['受電件数の週報']).toBe('翌週の火曜日まで');
    expect(r['日次報告']).toBe('実施日の1稼働日後の12:00まで');
    expect(rows(otaru({ dailyReportDue: { workingDaysAfter: 0, time: '18:00' } }))['日次報告']).toBe('実施日の18:00まで');
  });
});

describe(fiscalYearText.name, () => {
  it('gives the fiscal year with its era year', () => {
    expect(fiscalYearText(translate, 2019)).toBe('2019年度（平成31年度）');
    expect(fiscalYearText(translate, 2027)).toBe('2027年度（令和9年度）');
  });
});

describe(formatTime.name, () => {
  it('drops the leading zero of the hour', () => {
    expect(formatTime('09:00')).toBe('9:00');
    expect(formatTime('17:30')).toBe('17:30');
  });
});
