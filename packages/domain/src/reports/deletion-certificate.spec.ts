import { shapeDeletionCertificate } from './deletion-certificate.js';

const context = { municipalityName: '小樽市', programTitle: '出張申請受付業務', vendorNames: ['株式会社サンプル'], eraStyle: 'wareki' as const, createdOn: '2026-12-28' };

describe(shapeDeletionCertificate.name, () => {
  const spec = shapeDeletionCertificate({
    context,
    periodStart: '2026-06-01',
    periodEnd: '2026-12-24',
    closedAt: '2026-12-28T01:30:00.000Z',
    remaining: 0,
    rows: [
      { receptionNumber: 1, kind: 'home', visitDate: '2026-06-17', deletedAt: '2026-06-18T01:00:00.000Z', rule: 'visited_shared', deletedByName: null },
      { receptionNumber: 2, kind: 'home', visitDate: '2026-12-23', deletedAt: '2026-12-28T01:00:00.000Z', rule: 'handed_over', deletedByName: '管理 太郎' },
      { receptionNumber: 3, kind: 'facility', visitDate: null, deletedAt: '2026-12-28T01:10:00.000Z', rule: 'contract_closed', deletedByName: '管理 太郎' },
    ],
  });
  const texts = spec.sheets[0].rows.map((r) => r.cells.map((c) => (typeof c.value === 'object' && c.value ? c.value.result : c.value)));

  it('is addressed to the city, dated in 和暦, with the statement of §10', () => {
    expect(texts[0]).toEqual(['個人情報削除証明書']);
    expect(texts).toContainEqual(['宛先', '小樽市長\u3000様']);
    expect(texts).toContainEqual(['契約期間', '令和8年6月1日～令和8年12月24日']);
    expect(texts).toContainEqual(['終了手続き日', '令和8年12月28日 10:30']);
    expect(texts).toContainEqual(['証明日', '令和8年12月28日']);
    expect(texts.flat().join('')).toContain('個人情報取扱特記事項第10に基づき');
  });

  it('counts the deletions by rule and lists each one with when, why and by whom', () => {
    expect(texts).toContainEqual(['契約終了に伴う削除（特記事項第10）', 1]);
    expect(texts).toContainEqual(['市への引渡し後の削除（特記事項第10）', 1]);
    expect(texts).toContainEqual(['合計', 3]);
    expect(texts).toContainEqual([1, '個人宅', '令和8年6月17日', '令和8年6月18日 10:00', '訪問完了・受付票の市への共有後', '自動削除']);
    expect(texts).toContainEqual([3, '施設', '', '令和8年12月28日 10:10', '契約終了に伴う削除（特記事項第10）', '管理 太郎']);
    expect(texts.flat().join('')).not.toContain('途中');
  });

  it('says when it is provisional', () => {
    const draft = shapeDeletionCertificate({ context, periodStart: '2026-06-01', periodEnd: '2026-12-24', closedAt: null, remaining: 2, rows: [] });
    expect(JSON.stringify(draft)).toContain('個人情報が残っている記録: 2件');
  });
});
