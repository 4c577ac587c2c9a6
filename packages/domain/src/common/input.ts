import { z } from 'zod';
import { badRequest, type FieldErrors } from './errors.js';
import { daysBetween, isDateKey } from './dates.js';

/**
 * What every request body and query goes through before its schema (the API's validation pipe calls
 * `cleanInput`), so every route gets it, including routes written later:
 * - strings are normalized to NFC (a name typed on a Mac and on Windows is stored the same);
 * - control characters (NUL, BEL, ESC…, C1), bidirectional overrides and isolates (U+202A–202E, U+2066–2069),
 *   byte-order marks, noncharacters and lone surrogates are refused — they have no business in a name, an
 *   address or a note, and a lone surrogate is not even storable as UTF-8; tab and line breaks stay allowed
 *   (notes have several lines; single-line fields refuse them through `line()`);
 * - keys that reach the object prototype (__proto__, constructor, prototype) are dropped;
 * - arrays are capped (each schema may cap lower) and nesting is bounded.
 */
export const INPUT_LIMITS = { arrayItems: 1000, depth: 16 } as const;

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const TEXT_MESSAGES = {
  control: '制御文字や文字の向きを変える記号は使えません',
  encoding: '正しく表示できない文字が含まれています',
  lineBreak: '改行やタブは使えません',
  depth: '入れ子が深すぎます',
  array: (max: number) => `${max}件以内で指定してください`,
};

/** Why a string may not be stored, in Japanese, or undefined. */
export function textProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return TEXT_MESSAGES.encoding;
  if (FORBIDDEN.test(value)) return TEXT_MESSAGES.control;
  return undefined;
}

/** The input with strings normalized and prototype keys dropped, and the problems found, by field path. */
export function cleanInput(input: unknown): { value: unknown; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const walk = (value: unknown, path: string[]): unknown => {
    const field = path.join('.') || '_';
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) {
        errors[field] ??= problem;
        return value;
      }
      return value.normalize('NFC');
    }
    if (value === null || typeof value !== 'object') return value;
    if (path.length >= INPUT_LIMITS.depth) {
      errors[field] ??= TEXT_MESSAGES.depth;
      return undefined;
    }
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.arrayItems) {
        errors[field] ??= TEXT_MESSAGES.array(INPUT_LIMITS.arrayItems);
        return [];
      }
      return value.map((v, i) => walk(v, [...path, String(i)]));
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (PROTO_KEYS.has(k)) continue;
      out[k] = walk(v, [...path, k]);
    }
    return out;
  };
  const value = walk(input, []);
  return { value, errors };
}

/** A single-line text (names, titles, captions): trimmed, NFC, no line breaks or tabs, at most `max` characters. */
export function line(max: number, required = '入力してください') {
  return z
    .string()
    .trim()
    .min(1, { message: required })
    .max(max, { message: `${max}文字以内で入力してください` })
    .refine((s) => !LINE_BREAKS.test(s), { message: TEXT_MESSAGES.lineBreak });
}

/** The name of a person or a municipality: trimmed, 1–100 characters. */
export const displayName = z.string().trim().min(1, '入力してください').max(100, '100文字以内で入力してください');

/** An array with a cap that says it in Japanese. */
export function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max, { message: TEXT_MESSAGES.array(max) });
}

/**
 * The one date format of the API, in bodies and queries alike: 'YYYY-MM-DD', a real calendar date
 * (2026-02-30 is refused), years 1900–2199.
 */
export const dateKeySchema = z
  .string({ message: '日付をYYYY-MM-DDの形式で入力してください' })
  // abort: the object's cross-field rules (period order, 和暦 messages) never see a string that is not a date.
  .refine((s) => isDateKey(s) && s >= '1900-01-01' && s <= '2199-12-31', { message: '日付はYYYY-MM-DDの形式で入力してください', abort: true });

/** ?from=&to= of a period query: both optional, each a real date (an empty value counts as absent). */
export const dateRangeQuerySchema = z.object({
  from: z.preprocess((v) => (v === '' ? undefined : v), dateKeySchema.optional()),
  to: z.preprocess((v) => (v === '' ? undefined : v), dateKeySchema.optional()),
});

/** The period a range query asks for, filled from the defaults; `to` before `from` or longer than `maxDays` is a 400. */
export function resolveDateRange(
  q: { from?: string; to?: string },
  defaults: { from: string; to: string | ((from: string) => string) },
  maxDays = 3660,
): { from: string; to: string } {
  const from = q.from ?? defaults.from;
  const to = q.to ?? (typeof defaults.to === 'function' ? defaults.to(from) : defaults.to);
  if (to < from || daysBetween(from, to) > maxDays) {
    throw badRequest('期間の指定が正しくありません', { to: `開始日以降、${maxDays}日以内の日付を YYYY-MM-DD で指定してください` });
  }
  return { from, to };
}
