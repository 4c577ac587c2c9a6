import { formatFiscalYear, parseJapaneseDate } from './wareki.js';

describe(formatFiscalYear.name, () => {
  it('writes a fiscal year in the era of its first day, or in 西暦 when asked', () => {
    expect(formatFiscalYear(2026)).toBe('令和8年度');
    expect(formatFiscalYear(2020)).toBe('令和2年度');
    expect(formatFiscalYear(2019)).toBe('平成31年度'); // as the program settings show it
    expect(formatFiscalYear(2026, 'seireki')).toBe('2026年度');
  });
});

describe(parseJapaneseDate.name, () => {
  it.each([
    ['1950/4/1', '1950-04-01'],
    ['1950-04-01', '1950-04-01'],
    ['19500401', '1950-04-01'],
    ['1950.4.1', '1950-04-01'],
    ['1950年4月1日', '1950-04-01'],
    ['１９５０／４／１', '1950-04-01'],
    ['昭和25年4月1日', '1950-04-01'],
    ['昭和２５年４月１日生', '1950-04-01'],
    ['S25.4.1', '1950-04-01'],
    ['s25/4/1', '1950-04-01'],
    ['Ｓ２５．４．１', '1950-04-01'],
    ['昭25.4.1', '1950-04-01'],
    ['㍼25年4月1日', '1950-04-01'],
    [' 昭和 25 年 4 月 1 日 ', '1950-04-01'],
    ['R1.5.1', '2019-05-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['大正15年12月24日', '1926-12-24'],
    ['M45.7.29', '1912-07-29'],
    ['2000ー1ー1', '2000-01-01'],
  ])('reads %s as %s', (text, key) => {
    expect(parseJapaneseDate(text)).toEqual({ ok: true, key });
  });

  it.each([
    ['1950/2/30', 'impossible'],
    ['昭和25年2月29日', 'impossible'],
    ['19501301', 'impossible'],
    ['平成31年5月1日', 'era'],
    ['昭和64年1月8日', 'era'],
    ['令和1年4月30日', 'era'],
    ['大正1年7月29日', 'era'],
    ['昭和0年1月1日', 'format'],
    ['X25.4.1', 'format'],
    ['昭和25年', 'format'],
    ['4月1日', 'format'],
    ['', 'format'],
    ['いつか', 'format'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseJapaneseDate(text)).toEqual({ ok: false, problem });
  });
});
