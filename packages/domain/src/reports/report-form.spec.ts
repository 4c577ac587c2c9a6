import { defaultReportForm, DOCUMENT_NUMBER_MAX, reportFormBodySchema, reportFormTitle, REPORT_TITLE_MAX, reportSheetKeys, reportSheetsProblem, resolveReportForm } from './report-form.js';

const errors = (raw: unknown) => {
  const parsed = reportFormBodySchema.safeParse(raw);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the agreed form of a report (様式, issue 20 item 4)', () => {
  it('accepts a choice of known sheets in any order, empty texts as none', () => {
    const parsed = reportFormBodySchema.parse({ kind: 'monthly', sheets: ['remarks', 'summary'], eraStyle: 'seireki', title: ' ', documentNumber: ' 小樽総第12号 ' });
    expect(parsed).toEqual({ kind: 'monthly', sheets: ['remarks', 'summary'], eraStyle: 'seireki', title: null, documentNumber: '小樽総第12号' });
    expect(reportFormBodySchema.parse({ kind: 'completion', sheets: ['timeliness'], eraStyle: 'wareki' })).toMatchObject({ title: null, documentNumber: null });
  });

  it('refuses no sheet, a sheet the kind does not have, a sheet twice and over-long or multi-line texts, in Japanese on the field', () => {
    expect(errors({ kind: 'monthly', sheets: [], eraStyle: 'wareki' })).toEqual({ sheets: 'シートを1つ以上選んでください' });
    expect(errors({ kind: 'monthly', sheets: ['summary', 'timeliness'], eraStyle: 'wareki' })).toEqual({ sheets: '月次報告書にないシートです（timeliness）' });
    expect(errors({ kind: 'completion', sheets: ['summary', 'targets', 'summary'], eraStyle: 'wareki' })).toEqual({ sheets: '同じシートが2回選ばれています（概要）' });
    expect(errors({ kind: 'monthly', sheets: ['summary'], eraStyle: 'reiwa' })).toEqual({ eraStyle: '和暦か西暦を選んでください' });
    expect(errors({ kind: 'monthly', sheets: ['summary'], eraStyle: 'wareki', title: 'あ'.repeat(REPORT_TITLE_MAX + 1) })).toEqual({ title: `${REPORT_TITLE_MAX}文字以内で入力してください` });
    expect(errors({ kind: 'monthly', sheets: ['summary'], eraStyle: 'wareki', documentNumber: '1'.repeat(DOCUMENT_NUMBER_MAX + 1) })).toEqual({ documentNumber: `${DOCUMENT_NUMBER_MAX}文字以内で入力してください` });
    expect(errors({ kind: 'monthly', sheets: ['summary'], eraStyle: 'wareki', title: '月次\n報告' })).toEqual({ title: '表題は1行で入力してください' });
    expect(errors({ kind: 'weekly', sheets: ['summary'], eraStyle: 'wareki' })).toHaveProperty('kind');
    expect(reportSheetsProblem('monthly', ['__proto__'])).toBe('月次報告書にないシートです（__proto__）');
  });

  it('uses the usual form without a stored one, and drops sheets no longer known from a stored one', () => {
    expect(defaultReportForm('monthly', 'seireki')).toEqual({ sheets: reportSheetKeys('monthly'), eraStyle: 'seireki', title: null, documentNumber: null });
    expect(resolveReportForm('completion', null, 'wareki').sheets).toHaveLength(12);
    const stored = { sheets: ['gone', 'remarks', 'remarks', 'summary'] as never[], eraStyle: 'wareki' as const, title: 'T', documentNumber: null };
    expect(resolveReportForm('monthly', stored, 'seireki')).toEqual({ ...stored, sheets: ['remarks', 'summary'] });
    expect(resolveReportForm('monthly', { ...stored, sheets: ['gone'] as never[] }, 'seireki').sheets).toEqual(reportSheetKeys('monthly'));
    expect(reportFormTitle('completion', { title: null })).toBe('委託業務完了報告書');
    expect(reportFormTitle('monthly', { title: '業務報告' })).toBe('業務報告');
  });
});
