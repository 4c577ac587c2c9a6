import fc from 'fast-check';
import { bookingSearchSchema, callerNameOf, callerPhoneOf, normalizeKana, normalizePhone, searchRecordReason, searchTermProblem, searchTermTokens, searchTokensOf } from './search.js';

const household = {
  type: 'home' as const,
  intake: {
    caller: { relation: 'cohabiting_family' as const, name: '架空 花子', phone: '090-9999-0001' },
    applicants: [
      { name: '架空 太郎', kana: 'カクウ タロウ', phone: '0134-99-9999' },
      { name: '架空 次郎', kana: 'カクウ ジロウ', phone: '0134-99-9999' },
    ],
  },
};

describe('booking search normalization', () => {
  it('folds kana: hiragana, half-width, spaces and the middle dot give one form', () => {
    for (const typed of ['かくう たろう', 'ｶｸｳ ﾀﾛｳ', 'カクウ　タロウ', 'カクウ・タロウ', ' カクウタロウ ']) expect(normalizeKana(typed)).toBe('カクウタロウ');
  });

  it('keeps only the digits of a phone number, full-width ones included', () => {
    for (const typed of ['0134-99-9999', '０１３４－９９－９９９９', '(0134) 99 9999', '0134‐99‐9999']) expect(normalizePhone(typed)).toBe('0134999999');
  });

  it('is idempotent and ignores spaces inserted anywhere (property)', () => {
    const kanaChar = fc.constantFrom(...'あいうえおかきくけこがぎアイウエオカキクケコガギーｱｲｳ'.split(''), 'ｶﾞ', 'ﾊﾟ');
    fc.assert(
      fc.property(fc.array(kanaChar, { minLength: 1, maxLength: 12 }), fc.nat(12), (chars, at) => {
        const s = chars.join('');
        const spaced = `${s.slice(0, at)} \u3000${s.slice(at)}`;
        expect(normalizeKana(normalizeKana(s))).toBe(normalizeKana(s));
        expect(normalizeKana(spaced)).toBe(normalizeKana(s));
        expect(normalizeKana(s)).toMatch(/^[ァ-ヶー]+$/);
      }),
    );
  });

  it('a phone written with any separators normalizes to its digits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 10, maxLength: 11 }), fc.array(fc.constantFrom('-', ' ', '－', '(', ')'), { maxLength: 11 }), (digits, seps) => {
        const typed = digits.map((d, i) => d + (seps[i] ?? '')).join('');
        expect(normalizePhone(typed)).toBe(digits.join(''));
        expect(searchTermTokens(typed)).toEqual([{ kind: 'phone', value: digits.join('') }]);
      }),
    );
  });
});

describe(searchTokensOf.name, () => {
  it('gives the caller’s name and phone and each applicant’s name, kana and phone, each once', () => {
    expect(searchTokensOf(household)).toEqual([
      { kind: 'name', value: '架空花子' },
      { kind: 'phone', value: '09099990001' },
      { kind: 'name', value: '架空太郎' },
      { kind: 'kana', value: 'カクウタロウ' },
      { kind: 'phone', value: '0134999999' },
      { kind: 'name', value: '架空次郎' },
      { kind: 'kana', value: 'カクウジロウ' },
    ]);
  });

  it('indexes what an older row holds (applicants without a caller) instead of failing the sweep that reads it', () => {
    const legacy = { type: 'home', intake: { applicants: [{ name: '架空 三郎' }] } } as unknown as Parameters<typeof searchTokensOf>[0];
    expect(searchTokensOf(legacy)).toEqual([{ kind: 'name', value: '架空三郎' }]);
  });

  it('gives a facility’s name, its contact person and its phone', () => {
    expect(searchTokensOf({ type: 'facility', request: { facilityName: '架空ホーム', contactName: '架空 担当', phone: '0134-99-0000' } }).map((t) => t.kind)).toEqual(['name', 'name', 'phone']);
  });

  it('what is stored and what an operator types meet: any applicant’s kana in hiragana, a phone with other hyphens, a name without its space', () => {
    const stored = searchTokensOf(household).map((t) => `${t.kind}:${t.value}`);
    for (const typed of ['かくう じろう', '０１３４９９９９９９', '架空太郎', '090 9999 0001', '架空　花子']) {
      expect(searchTermTokens(typed).some((t) => stored.includes(`${t.kind}:${t.value}`))).toBe(true);
    }
    expect(searchTermTokens('カクウ').some((t) => stored.includes(`${t.kind}:${t.value}`))).toBe(false);
  });
});

describe(searchTermTokens.name, () => {
  it('looks a kana-only term up as kana and as a name, a kanji term as a name only', () => {
    expect(searchTermTokens('かくう たろう')).toEqual([
      { kind: 'kana', value: 'カクウタロウ' },
      { kind: 'name', value: 'カクウタロウ' },
    ]);
    expect(searchTermTokens('架空 太郎')).toEqual([{ kind: 'name', value: '架空太郎' }]);
  });

  it('refuses a part of a phone number and an empty term, in Japanese', () => {
    expect(searchTermProblem('12')).toBe('電話番号は市外局番から全桁（10桁または11桁）で入力してください');
    expect(searchTermTokens('9999')).toEqual([]);
    expect(searchTermProblem(' 　')).toBe('検索する氏名、フリガナまたは電話番号を入力してください');
    expect(bookingSearchSchema.safeParse({ q: '12' }).error?.issues[0]?.message).toBe('電話番号は市外局番から全桁（10桁または11桁）で入力してください');
    expect(bookingSearchSchema.safeParse({ q: '0134-99-9999' }).success).toBe(true);
  });
});

describe(searchRecordReason.name, () => {
  it('names the kind of term and the count, never the term', () => {
    expect(searchRecordReason(searchTermTokens('0134-99-9999'), 1)).toBe('電話番号で予約を検索（1件）');
    expect(searchRecordReason(searchTermTokens('かくう'), 0)).toBe('フリガナ・氏名で予約を検索（0件）');
    expect(searchRecordReason(searchTermTokens('架空'), 2)).toBe('氏名で予約を検索（2件）');
  });
});

describe(callerNameOf.name, () => {
  it('is the caller’s name, the applicant’s own when they called, a facility with its contact', () => {
    expect(callerNameOf(household)).toBe('架空 花子');
    expect(callerNameOf({ type: 'home', intake: { ...household.intake, caller: { relation: 'self' } } })).toBe('架空 太郎');
    expect(callerNameOf({ type: 'facility', request: { facilityName: '架空ホーム', contactName: '架空 担当', phone: '0134-99-0000' } })).toBe('架空ホーム（架空 担当）');
  });
});

describe(callerPhoneOf.name, () => {
  it('is the number to call: the caller’s, the applicant’s own when they called or gave none, the facility’s', () => {
    expect(callerPhoneOf(household)).toBe('090-9999-0001');
    expect(callerPhoneOf({ type: 'home', intake: { ...household.intake, caller: { relation: 'self' } } })).toBe('0134-99-9999');
    expect(callerPhoneOf({ type: 'home', intake: { ...household.intake, caller: { relation: 'cohabiting_family', name: '架空 花子' } } })).toBe('0134-99-9999');
    expect(callerPhoneOf({ type: 'facility', request: { facilityName: '架空ホーム', contactName: '架空 担当', phone: '0134-99-0000' } })).toBe('0134-99-0000');
  });
});
