import { closedProgramProblem, closeProgramProblem, closingNotYetProblem, type ClosingItem } from './program-closing.js';

const program = { periodEnd: '2026-12-24', closedAt: null };
const item: ClosingItem = { kind: 'booking', id: 'b1', label: '受付番号1', actions: ['delete', 'hand_over'] };

describe(closeProgramProblem.name, () => {
  it('closes only after the period, with nothing left that holds personal data, and only once', () => {
    expect(closingNotYetProblem(program, '2026-12-24')).toBe('事業期間（令和8年12月24日まで）が終わってから終了の手続きをしてください');
    expect(closingNotYetProblem(program, '2026-12-24', 'seireki')).toBe('事業期間（2026年12月24日まで）が終わってから終了の手続きをしてください');
    expect(closeProgramProblem(program, '2026-12-24', [])).toMatch(/事業期間/);
    expect(closeProgramProblem(program, '2026-12-25', [item])).toBe('個人情報が残っている記録が1件あります。すべて削除するか市へ引き渡してから終了してください');
    expect(closeProgramProblem(program, '2026-12-25', [])).toBeNull();
    expect(closeProgramProblem({ ...program, closedAt: '2026-12-25T01:00:00.000Z' }, '2026-12-26', [])).toBe('この事業はすでに終了の手続きが済んでいます');
  });
});

describe(closedProgramProblem.name, () => {
  it('refuses new personal data once the program is closed', () => {
    expect(closedProgramProblem({ closedAt: null })).toBeNull();
    expect(closedProgramProblem({ closedAt: new Date('2026-12-25T00:00:00Z') })).toMatch(/個人情報を含む新しい受付はできません/);
  });
});
