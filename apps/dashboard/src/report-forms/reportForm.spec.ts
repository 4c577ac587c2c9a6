import type { ReportFormView } from '@outreach/domain/reports';
import { draftOf, moveSheet, toBody, toggleSheet } from './reportForm';

const view: ReportFormView = { kind: 'monthly', sheets: ['remarks', 'summary'], eraStyle: 'wareki', title: null, documentNumber: null, isDefault: false, updatedAt: null };

describe('the report form editor', () => {
  it('lists the chosen sheets first in their order, then the others in the usual order', () => {
    const draft = draftOf(view);
    expect(draft.rows.slice(0, 3)).toEqual([
      { key: 'remarks', label: '特記事項', included: true },
      { key: 'summary', label: '概要', included: true },
      { key: 'sessions', label: '実施一覧', included: false },
    ]);
    expect(draft.rows).toHaveLength(9);
  });

  it('moves, ticks and sends the ticked sheets in order, empty texts as none', () => {
    let draft = draftOf(view);
    draft = moveSheet(draft, 1, -1);
    draft = moveSheet(draft, 0, -1); // already first: unchanged
    draft = toggleSheet(draft, 'sessions');
    expect(toBody({ ...draft, title: ' ', documentNumber: ' 下総第1号 ' })).toEqual({ kind: 'monthly', sheets: ['summary', 'remarks', 'sessions'], eraStyle: 'wareki', title: null, documentNumber: '下総第1号' });
    expect(toBody(toggleSheet(toggleSheet(draft, 'summary'), 'remarks')).sheets).toEqual(['sessions']);
  });
});
