import fc from 'fast-check';
import { addDays } from '../common/dates.js';
import { formatWareki } from '../common/wareki.js';
import { APPLICANT_LIST_COLUMNS, APPLICANT_LIST_MESSAGES, type ApplicantCells, type ApplicantListColumnKey, normalizeApplicantKana, validateApplicantRow } from './applicant-list.js';

const TODAY = '2026-06-17';
const base: ApplicantCells = {
  name: '小樽　一郎',
  kana: 'オタル　イチロウ',
  dateOfBirth: '1940/4/1',
  address: '北海道小樽市花園1丁目1番1号',
  applicationType: '新規',
  identityDocuments: 'A区分1点',
  proxyWriting: '不要',
  faceAuthCard: '希望しない',
  cardDelivery: '住民登録地',
};
const keys = APPLICANT_LIST_COLUMNS.map((c) => c.key);
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const hiragana = fc.array(fc.integer({ min: 0x3041, max: 0x3093 }).map((c) => String.fromCharCode(c)), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const birthDay = fc.integer({ min: 0, max: 46_000 }).map((n) => addDays('1900-01-01', n));

describe('validateApplicantRow (properties)', () => {
  it('reads every date of birth written in 和暦 to the same DateKey as its 西暦 form', () => {
    fc.assert(
      fc.property(birthDay, (key) => {
        const wareki = validateApplicantRow(2, { ...base, dateOfBirth: formatWareki(key) }, TODAY).applicant?.dateOfBirth;
        const seireki = validateApplicantRow(2, { ...base, dateOfBirth: key.replace(/-/g, '/') }, TODAY).applicant?.dateOfBirth;
        expect(wareki).toBe(key);
        expect(seireki).toBe(key);
      }),
    );
  });

  it('refuses a 12-digit number in any column with the one message, never echoing a digit group of it', () => {
    fc.assert(
      fc.property(fc.constantFrom<ApplicantListColumnKey>(...keys), digits(4).filter((d) => d !== '0000'), digits(4), digits(4), fc.constantFrom('', '-', ' '), (key, a, b, c, sep) => {
        const { errors, applicant } = validateApplicantRow(4, { ...base, [key]: `${a}${sep}${b}${sep}${c}` }, TODAY);
        expect(applicant).toBeUndefined();
        expect(errors).toEqual([{ row: 4, column: APPLICANT_LIST_COLUMNS.find((x) => x.key === key)?.heading, message: APPLICANT_LIST_MESSAGES.individualNumber }]);
        for (const e of errors) for (const part of [a, b, c]) expect(e.message).not.toContain(part);
      }),
    );
  });

  it('never puts the value of a cell into an error message', () => {
    // Values carry a marker no message has, so a message that quoted them would be caught.
    const secret = fc.string({ minLength: 0, maxLength: 12 }).map((s) => `秘${s}密`);
    fc.assert(
      fc.property(fc.constantFrom<ApplicantListColumnKey>(...keys), secret, (key, value) => {
        for (const e of validateApplicantRow(3, { ...base, [key]: value }, TODAY).errors) {
          expect(e.message).not.toContain('秘');
          expect(e.message).not.toContain(value);
        }
      }),
    );
  });

  it('accepts any kana in hiragana or katakana, spaced any way, as one full-width katakana spelling', () => {
    fc.assert(
      fc.property(hiragana, hiragana, (family, given) => {
        const katakana = normalizeApplicantKana(`${family} ${given}`);
        expect(katakana).toMatch(/^[ァ-ヶー]+\u3000[ァ-ヶー]+$/);
        expect(normalizeApplicantKana(katakana)).toBe(katakana);
        expect(validateApplicantRow(2, { ...base, kana: `${family}\u3000${given}` }, TODAY).applicant?.kana).toBe(katakana);
        expect(validateApplicantRow(2, { ...base, kana: katakana.replace('\u3000', '  ') }, TODAY).applicant?.kana).toBe(katakana);
      }),
    );
  });
});
