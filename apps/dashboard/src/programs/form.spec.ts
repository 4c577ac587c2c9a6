import { timelineSource, toTargetGroupsBody, validateProgramForm, validateTargetGroupsForm } from './form';

describe(toTargetGroupsBody.name, () => {
  it('drops ids and empty labels and sends no kinds for all service kinds', () => {
    const body = toTargetGroupsBody({
      groups: [
        {
          name: ' 契約目標 ',
          logic: 'any',
          targets: [
            { metric: 'sessions', goal: 40, serviceKinds: [], label: '' },
            { metric: 'applications', goal: 300, serviceKinds: ['facility_visit', 'home_visit'], label: '訪問型 申請者数' },
          ],
        },
      ],
    });
    expect(body).toEqual({
      groups: [
        {
          name: '契約目標',
          logic: 'any',
          targets: [
            { metric: 'sessions', goal: 40, serviceKinds: [] },
            { metric: 'applications', goal: 300, serviceKinds: ['facility_visit', 'home_visit'], label: '訪問型 申請者数' },
          ],
        },
      ],
    });
  });
});

describe(validateTargetGroupsForm.name, () => {
  it("gives the shared schema's Japanese messages at the inputs' paths", () => {
    const errors = validateTargetGroupsForm({ groups: [{ name: '', logic: 'all', targets: [{ metric: 'sessions', goal: 0 }] }, { name: '会場', logic: 'any', targets: [] }] });
    expect(errors).toEqual({
      groups: {
        0: { name: '名称を入力してください', targets: { 0: { goal: '目標値は1以上で入力してください' } } },
        1: { targets: '目標を1つ以上設定してください' },
      },
    });
  });

  it('accepts a valid set', () => {
    expect(validateTargetGroupsForm({ groups: [{ name: '契約目標', logic: 'all', targets: [{ metric: 'calls', goal: 500, serviceKinds: [] }] }] })).toEqual({});
  });
});

describe(validateProgramForm.name, () => {
  it('puts cross-field and nested errors on their inputs', () => {
    const errors = validateProgramForm({
      title: '事業',
      fiscalYear: 2026,
      periodStart: '2026-06-01',
      periodEnd: '2026-05-01',
      reportDeadline: '2026-12-24',
      serviceKinds: ['home_visit'],
      methods: {},
      workingHours: { openTime: '17:00', closeTime: '09:00' },
      vendorOrganizationIds: ['4d4a8f4e-2f7b-4a53-9a52-6c1f9f7a1b20'],
    });
    expect(errors).toMatchObject({
      periodEnd: '終了日は開始日以降にしてください',
      methods: { home_visit: '申請方式を選択してください' },
      workingHours: { closeTime: '終了時刻は開始時刻より後にしてください' },
    });
  });
});

describe(timelineSource.name, () => {
  const contract = { periodStart: '2026-05-01', periodEnd: '2027-01-08', reportDeadline: '2027-01-08' };

  it('draws nothing until the contract and the completion date are whole dates', () => {
    expect(timelineSource({})).toBeUndefined();
    expect(timelineSource({ ...contract, periodEnd: '2027-01-' })).toBeUndefined();
    expect(timelineSource({ ...contract, periodEnd: '2026-04-01' })).toBeUndefined();
  });

  it('keeps the complete ranges and leaves a half-typed one to the contract', () => {
    expect(
      timelineSource({ ...contract, periods: { callCenter: { start: '2026-06-01', end: '2026-12-24' }, visits: { start: '2026-06-17', end: null }, monthlyReportDay: 10 } }),
    ).toEqual({ ...contract, periods: { callCenter: { start: '2026-06-01', end: '2026-12-24' }, monthlyReportDay: 10 } });
    expect(timelineSource({ ...contract, periods: { monthlyReportDay: 40 } })?.periods).toEqual({ monthlyReportDay: null });
  });
});
