import fc from 'fast-check';
import { addDays } from './dates.js';
import { formatSeireki, formatWareki, parseJapaneseDate } from './wareki.js';

/** Every day from 1900 to 2030: the dates of birth an applicant list holds. */
const day = fc.integer({ min: 0, max: 47_846 }).map((n) => addDays('1900-01-01', n));
const LETTERS: Record<string, string> = { 明治: 'M', 大正: 'T', 昭和: 'S', 平成: 'H', 令和: 'R' };
const wide = (s: string) => s.replace(/[0-9A-Z./]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseJapaneseDate (properties)', () => {
  it('reads every 和暦 date back to the DateKey of its 西暦 form, written out, abbreviated or in full-width digits', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (key, fullWidth) => {
        const wareki = formatWareki(key); // 昭和25年4月1日, 令和元年5月1日
        const [, era, year, month, date] = /^(\D+?)(\d+|元)年(\d+)月(\d+)日$/.exec(wareki) ?? [];
        const abbreviated = `${LETTERS[era]}${year === '元' ? 1 : year}.${month}.${date}`;
        const seireki = formatSeireki(key);
        for (const text of [wareki, abbreviated, seireki, key, key.replace(/-/g, ''), key.replace(/-/g, '/')]) {
          expect(parseJapaneseDate(fullWidth ? wide(text) : text)).toEqual({ ok: true, key });
          expect(parseJapaneseDate(fullWidth ? wide(text) : text)).toEqual(parseJapaneseDate(seireki));
        }
      }),
    );
  });

  it('refuses every era year past the era: the day after an era ended, written in that era', () => {
    const ends: Array<[string, string]> = [
      ['大正', '1926-12-25'],
      ['昭和', '1989-01-08'],
      ['平成', '2019-05-01'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...ends), fc.integer({ min: 0, max: 400 }), ([era, firstDayOfNext], n) => {
        const key = addDays(firstDayOfNext, n);
        const start = { 大正: 1912, 昭和: 1926, 平成: 1989 }[era] as number;
        const [y, m, d] = key.split('-').map(Number);
        expect(parseJapaneseDate(`${era}${y - start + 1}年${m}月${d}日`)).toEqual({ ok: false, problem: 'era' });
      }),
    );
  });
});
