import fc from 'fast-check';
import { PERSONAL_DATA_MESSAGES, personalDataProblem } from './fields.js';
import { photoCaptionSchema, photoUpdateSchema } from '../daily-reports/daily-report.schema.js';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const words = fc.constantFrom('', '施設の玄関で', '受付会場の様子 ', '確認済み：', '備考 ');

describe('personalDataProblem (properties)', () => {
  it('refuses every mobile number however it is written, with the reason', () => {
    fc.assert(
      fc.property(fc.constantFrom('070', '080', '090'), digits(4), digits(4), fc.constantFrom('-', ' ', '', '－'), words, (head, mid, tail, sep, before) => {
        expect(personalDataProblem(`${before}${head}${sep}${mid}${sep}${tail}`)).toBe(PERSONAL_DATA_MESSAGES.phone);
      }),
    );
  });

  it('refuses every 12-digit number, together or in groups of four, in half- or full-width digits', () => {
    fc.assert(
      fc.property(digits(4).filter((d) => !d.startsWith('0')), digits(4), digits(4), fc.constantFrom('', '-', ' '), fc.boolean(), (a, b, c, sep, wide) => {
        const n = `${a}${sep}${b}${sep}${c}`;
        const text = wide ? n.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : n;
        expect(personalDataProblem(`番号 ${text}`)).toBe(PERSONAL_DATA_MESSAGES.individualNumber);
      }),
    );
  });

  it('refuses every date of birth in the 1900s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 1999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('生', '生まれ', ''), (y, m, d, suffix) => {
        expect(personalDataProblem(`${y}年${m}月${d}日${suffix}`)).toBe(PERSONAL_DATA_MESSAGES.birthDate);
      }),
    );
  });

  it('lets counts, amounts, reception numbers and program dates through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 2026, max: 2030 }), fc.integer({ min: 1, max: 12 }), (n, y, m) => {
        expect(personalDataProblem(`申請${n}件、受付番号${n % 1000}、${y}年${m}月1日訪問、手数料${(n % 10) * 1000}円`)).toBeUndefined();
      }),
    );
  });
});

describe('photo captions', () => {
  it('refuse a phone number and a birth date with a message that says why', () => {
    const r = photoCaptionSchema.safeParse({ caption: '090-1234-5678 1950年1月1日生' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(PERSONAL_DATA_MESSAGES.phone);
    expect(r.error?.issues[0].message).toContain('市にも表示されます');
    expect(photoUpdateSchema.safeParse({ caption: '1950年1月1日生', confirmedNoPersonalData: true }).error?.issues[0].message).toBe(PERSONAL_DATA_MESSAGES.birthDate);
    expect(photoCaptionSchema.parse({ caption: '受付会場の様子' })).toEqual({ caption: '受付会場の様子' });
  });
});
