import {
  applicationTargetLabel,
  businessPlanTargetLabel,
  bookingTargetLabel,
  callBackTargetLabel,
  callWeekTargetLabel,
  datedTargetLabel,
  describeHandlingFilter,
  handOverTargetLabel,
  sessionTargetLabel,
  shareFileTargetLabel,
  handlingReasonText,
  handlingTargetTypeLabel,
  reportFormTargetLabel,
  reportTargetLabel,
  shapeHandlingRecordReport,
} from './handling-record-report.js';

describe('handling-record report (§15)', () => {
  it('names targets in words', () => {
    expect(bookingTargetLabel(12, '2026-06-17')).toBe('受付番号12（令和8年6月17日訪問）');
    expect(bookingTargetLabel(3, null)).toBe('受付番号3（訪問日未定）');
    expect(reportTargetLabel('monthly')).toBe('帳票「月次報告書」');
    expect(reportTargetLabel('nonsense')).toBeNull();
    expect(handlingTargetTypeLabel('booking')).toBe('予約（受付票）');
    expect(handlingTargetTypeLabel('reception-list')).toBe('帳票');
    expect(handlingTargetTypeLabel('something_new')).toBe('その他');
  });

  it('names an application, a hand-over, a session, a day’s report, a defect and a call-back by their days, never by a person', () => {
    expect(applicationTargetLabel({ date: '2026-11-12', applicationType: 'new', receptionNumber: 12 })).toBe('令和8年11月12日の申請（新規・受付番号12）');
    expect(applicationTargetLabel({ date: '2026-11-12', applicationType: 'lost', receptionNumber: null }, 'seireki')).toBe('2026年11月12日の申請（紛失）');
    expect(handOverTargetLabel(3, '2026-11-20')).toBe('第3回引渡し（令和8年11月20日）');
    expect(sessionTargetLabel('2026-11-12', 'facility_visit')).toBe('令和8年11月12日 福祉施設訪問');
    expect(datedTargetLabel('daily_report', '2026-11-12')).toBe('令和8年11月12日の日次報告');
    expect(datedTargetLabel('defect', '2026-11-24')).toBe('令和8年11月24日の不備対応');
    expect(datedTargetLabel('inquiry', '2026-11-24', 'seireki')).toBe('2026年11月24日の問い合わせ・苦情');
    expect(callBackTargetLabel('2026-12-08')).toBe('令和8年12月8日期限の折り返し');
    expect(datedTargetLabel('pre_meeting', '2026-11-05')).toBe('令和8年11月5日の事前打合せ');
    expect(datedTargetLabel('activity_photo', '2026-11-12')).toBe('令和8年11月12日の活動写真');
    expect(callWeekTargetLabel('9b1d0c4e-0000-4000-8000-000000000000_2026-11-02')).toBe('令和8年11月2日からの週の受電件数報告');
    expect(callWeekTargetLabel('nonsense')).toBeNull();
    expect(shareFileTargetLabel('2026-12-07', 'weekly')).toBe('令和8年12月7日作成の受付票ファイル（週次の受付票）');
    expect(businessPlanTargetLabel(2, '令和8年度 業務計画')).toBe('業務計画書 第2版「令和8年度 業務計画」');
    expect(reportFormTargetLabel('9b1d0c4e-0000-4000-8000-000000000000:monthly')).toBe('報告書の様式「月次報告書」');
    expect(reportFormTargetLabel('x:nonsense')).toBeNull();
  });

  it('describes an export’s filter in words, also for older rows that kept it as JSON', () => {
    expect(describeHandlingFilter({ from: '2026-09-01', action: 'booking.create', programId: 'x' }, 'wareki', { programId: '小樽市の事業' })).toBe('条件: 期間の開始 令和8年9月1日、操作 予約の受付、事業 小樽市の事業');
    expect(describeHandlingFilter({})).toBe('条件なし（すべて）');
    expect(handlingReasonText('handling_record.export', '{"to":"2026-10-31"}')).toBe('条件: 期間の終了 令和8年10月31日');
    expect(handlingReasonText('booking.cancelled', '{本人の都合}')).toBe('{本人の都合}');
  });

  it('lays out a landscape sheet with the title, the period in the program’s era and one row per handling', () => {
    const spec = shapeHandlingRecordReport({
      holder: { label: '担当課', name: '小樽市 戸籍住民課' },
      from: null,
      to: '2026-10-31',
      createdOn: '2026-11-01',
      eraStyle: 'seireki',
      rows: [{ occurredAt: '2026-10-01T01:00:00.000Z', userName: '受託 スタッフ', organizationName: '受託社', role: 'vendor_staff', action: 'booking.create', resourceType: 'booking', target: '受付番号1（2026年10月8日訪問）', programTitle: '事業', reason: null }],
    });
    const [sheet] = spec.sheets;
    expect(sheet.orientation).toBe('landscape');
    const text = sheet.rows.map((r) => r.cells.map((c) => c.value).join('|'));
    expect(text[0]).toBe('個人情報の取扱状況報告（取扱記録）');
    expect(text).toContain('対象期間|2026年10月1日～2026年10月31日');
    expect(text.at(-1)).toBe('2026年10月1日 10:00|受託 スタッフ|受託社|受託者スタッフ|予約の受付|予約（受付票）|受付番号1（2026年10月8日訪問）|事業|');
  });
});
