import { nestErrors, toTargetGroupsBody, validateProgramForm, validateTargetGroupsForm } from './form';

describe(nestErrors.name, () => {
  it('nests dotted paths the way react-hook-form looks them up', () => {
    expect(nestErrors({ 'groups.0.targets.1.goal': 'A', 'groups.0.name': 'B', title: 'C' })).toEqual({
      groups: { 0: { targets: { 1: { goal: 'A' } }, name: 'B' } },
      title: 'C',
    });
  });

  it('keeps the first message when a path is both a leaf and a parent', () => {
    expect(nestErrors({ 'groups.0.targets': 'A', 'groups.0.targets.0.goal': 'B' })).toEqual({ groups: { 0: { targets: 'A' } } });
  });
});

describe(toTargetGroupsBody.name, () => {
  it('drops ids and empty labels and sends null for all service kinds', () => {
    const body = toTargetGroupsBody({
      groups: [
        {
          name: ' 契約目標 ',
          logic: 'any',
          targets: [
            { metric: 'sessions', goal: 40, serviceKind: '', label: '' },
            { metric: 'applications', goal: 300, serviceKind: 'facility_visit', label: '訪問型 申請者数' },
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
            { metric: 'sessions', goal: 40, serviceKind: null },
            { metric: 'applications', goal: 300, serviceKind: 'facility_visit', label: '訪問型 申請者数' },
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
    expect(validateTargetGroupsForm({ groups: [{ name: '契約目標', logic: 'all', targets: [{ metric: 'calls', goal: 500, serviceKind: '' }] }] })).toEqual({});
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
