import { periodText, rangeOf, rangeProblem } from './handOverForm';

describe(rangeOf.name, () => {
  it('gives the day, or the Monday-to-Sunday week that holds it', () => {
    expect(rangeOf('day', '2026-09-02')).toEqual({ from: '2026-09-02', to: '2026-09-02' });
    expect(rangeOf('week', '2026-09-02')).toEqual({ from: '2026-08-31', to: '2026-09-06' });
  });
});

describe(rangeProblem.name, () => {
  it('asks for both dates and at most a week, on the field to change', () => {
    expect(rangeProblem({ from: '2026-09-01', to: '2026-09-07' })).toBeNull();
    expect(rangeProblem({ from: '2026-09-01', to: '' })).toEqual({ to: '日付を入力してください' });
    expect(rangeProblem({ from: '2026-09-01', to: '2026-09-08' })).toEqual({ to: '引渡しの期間は1日から7日までです' });
  });

  it('reads a batch’s period as one day or a range', () => {
    expect(periodText({ from: '2026-09-01', to: '2026-09-01' })).toBe('2026/09/01(火)');
    expect(periodText({ from: '2026-09-01', to: '2026-09-02' })).toBe('2026/09/01(火)〜2026/09/02(水)');
  });
});
