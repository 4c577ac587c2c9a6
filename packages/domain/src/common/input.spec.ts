import { cleanInput, dateKeySchema, INPUT_LIMITS, line, list, textProblem } from './input.js';
import { z } from 'zod';

describe('cleanInput', () => {
  it('normalizes to NFC and keeps tabs and line breaks in notes', () => {
    const decomposed = 'か\u3099'; // が as two code points
    expect(cleanInput({ name: decomposed, note: '一行目\n二行目\t' })).toEqual({ value: { name: 'が', note: '一行目\n二行目\t' }, errors: {} });
  });

  it('refuses NUL, other controls, bidi overrides and lone surrogates, naming the field', () => {
    const { errors } = cleanInput({ a: 'x\u0000', b: { c: ['ok', 'evil\u202Etxt.exe'] }, d: '\uD800', e: 'bell\u0007', f: '😀' });
    expect(errors).toEqual({ a: textProblem('\u0000'), 'b.c.1': textProblem('\u202E'), d: '正しく表示できない文字が含まれています', e: textProblem('\u0007') });
  });

  it('drops keys that reach the prototype and caps arrays and nesting', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}},"ok":1}') as unknown;
    const { value } = cleanInput(parsed);
    expect(value).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(cleanInput({ list: new Array(INPUT_LIMITS.arrayItems + 1).fill(1) }).errors).toEqual({ list: '1000件以内で指定してください' });
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect(Object.values(cleanInput(deep).errors)).toEqual(['入れ子が深すぎます']);
  });
});

describe('shared field schemas', () => {
  it('parses one date format: real calendar dates only', () => {
    for (const ok of ['2026-02-28', '2028-02-29', '1941-04-01']) expect(dateKeySchema.safeParse(ok).success).toBe(true);
    for (const bad of ['2026-02-30', '99999-01-01', '', 'abc', '２０２６-０７-０１', '2026-7-1', '1800-01-01']) expect(dateKeySchema.safeParse(bad).success).toBe(false);
  });

  it('single-line text refuses line breaks; lists say their cap in Japanese', () => {
    expect(line(10).safeParse(' 小樽 ').data).toBe('小樽');
    expect(line(10).safeParse('a\nb').success).toBe(false);
    expect(list(z.number(), 7).safeParse(new Array(8).fill(1)).error?.issues[0].message).toBe('7件以内で指定してください');
  });
});
