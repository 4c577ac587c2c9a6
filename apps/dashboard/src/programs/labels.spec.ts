import { serviceKindSchema, targetMetricSchema } from '@outreach/domain/programs';
import { isAllowed } from '../providers/access';
import { i18nProvider, messagesFor } from '../providers/i18nProvider';
import { logicChoices, metricChoices, serviceKindChoices, targetLabel, weekdayChoices, weekdayOrder } from './labels';

const translate = i18nProvider.translate;

describe('label maps', () => {
  it('labels every metric in Japanese', () => {
    expect(metricChoices.map((c) => translate(c.name))).toEqual(['実施回数', '申請件数', '予約件数', '訪問施設数', '相談件数', '受電件数']);
    expect(metricChoices.map((c) => c.id)).toEqual(targetMetricSchema.options);
  });

  it('labels every service kind and the group logic', () => {
    expect(serviceKindChoices.map((c) => translate(c.name))).toEqual(['個人宅訪問', '福祉施設訪問', '会場設置型']);
    expect(serviceKindChoices.map((c) => c.id)).toEqual(serviceKindSchema.options);
    expect(logicChoices.map((c) => translate(c.name))).toEqual(['いずれか達成で達成', 'すべて達成で達成']);
  });

  it('has an English label for every Japanese one', async () => {
    const en = (await messagesFor('en')) as unknown as { resources: { programs: { metrics: Record<string, string> } } };
    for (const metric of targetMetricSchema.options) expect(en.resources.programs.metrics[metric]).toMatch(/\w/);
  });

  it('orders weekdays Monday first', () => {
    expect(weekdayOrder()).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayOrder(0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayChoices.map((c) => translate(c.name))).toEqual(['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日']);
  });
});

describe(targetLabel.name, () => {
  it("uses the target's own label, else its service kind and metric", () => {
    expect(targetLabel(translate, { label: '個人宅 予約件数', metric: 'reservations', serviceKinds: ['home_visit'] })).toBe('個人宅 予約件数');
    expect(targetLabel(translate, { label: '  ', metric: 'sessions', serviceKinds: ['venue_event'] })).toBe('会場設置型 実施回数');
    expect(targetLabel(translate, { metric: 'sessions', serviceKinds: ['facility_visit', 'home_visit'] })).toBe('福祉施設訪問・個人宅訪問 実施回数');
    expect(targetLabel(translate, { metric: 'calls', serviceKinds: [] })).toBe('受電件数');
  });
});

describe('program permissions (providers/access.ts)', () => {
  it('lets every program reader list and show, only program.manage edit, and calendar.manage manage the calendar', () => {
    expect(isAllowed(['program.read'], 'programs', 'list')).toBe(true);
    expect(isAllowed(['program.read'], 'programs', 'show')).toBe(true);
    expect(isAllowed(['program.read'], 'programs', 'edit')).toBe(false);
    expect(isAllowed(['program.read'], 'programs', 'calendar')).toBe(false);
    expect(isAllowed(['program.manage'], 'programs', 'edit')).toBe(true);
    expect(isAllowed(['program.manage'], 'programs', 'create')).toBe(true);
    expect(isAllowed(['calendar.manage'], 'programs', 'calendar')).toBe(true);
    expect(isAllowed(['calendar.manage'], 'programs', 'edit')).toBe(false);
  });
});
