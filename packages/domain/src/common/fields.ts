import { z } from 'zod';
import { dateKeySchema } from './input.js';

/**
 * Field schemas shared by the report-like inputs (sessions, daily reports, call logs, defects, inquiries).
 * Kept out of the package index: a shared DateKey schema belongs in common/, and these are candidates to move
 * there rather than a second public API.
 */

/** The one date schema of the package (common/input.ts). */
export const dateKeyField = dateKeySchema;
export const hhmmField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '時刻はHH:MMの形式で入力してください' });
/** An instant with its offset ('…Z' or '…+09:00'), as the API and the dashboard send them. */
export const instantField = z.iso.datetime({ offset: true, message: '日時はISO 8601形式（例: 2026-06-17T10:30:00+09:00）で入力してください' });

// Japanese phone numbers: 0 then 9 or 10 more digits, in groups split by hyphens, parentheses or spaces
// (0134-32-4111, 0134(32)4111, 090-1234-5678). The digit boundaries keep amounts like 1000000 out.
const PHONE = /(?<!\d)0\d{1,4}[-(). ]{0,2}\d{1,4}[-(). ]{0,2}\d{3,4}(?!\d)/g;
// Dates of birth: the words, a year followed by 生まれ, or a full date in an era or a 19xx year that cannot be
// a session date. 令和 and 20xx dates are the program's own dates and stay allowed.
const BIRTH_WORDS = /生年月日|誕生日|\d+年(\d+月(\d+日)?)?生まれ/;
const OLD_ERA_DATE = /(明治|大正|昭和|平成|(?<![A-Za-z])[MTSHmtsh]\.?)\s*(\d{1,2}|元)\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}/;
const OLD_WESTERN_DATE = /(?<!\d)19\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}/;
// An individual number (個人番号, 12 digits), written together or in groups of four.
const INDIVIDUAL_NUMBER = /(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)/;

/** Whether a text holds 12 digits written as an individual number is (together or in groups of four, any width). */
export function looksLikeIndividualNumber(text: string): boolean {
  return INDIVIDUAL_NUMBER.test(text.normalize('NFKC'));
}

/** Why such a field may not hold personal data, said in every refusal so the user knows what to write instead. */
const WHY_NOT = 'この欄は予約の個人情報を削除した後も残り、市にも表示されます。受付番号や地区名で書いてください';

export const PERSONAL_DATA_MESSAGES = {
  phone: `電話番号のような記載があります。${WHY_NOT}`,
  birthDate: `生年月日のような記載があります。${WHY_NOT}`,
  individualNumber: `12桁の番号（個人番号のような記載）があります。${WHY_NOT}`,
} as const;

/**
 * Why a free text looks like it carries personal data, in Japanese, or undefined. A light check against the
 * commonest slips (a phone number, a date of birth or an individual number typed into a note): notes, descriptions and reports are
 * kept after the personal data of a reservation is deleted, and are shown to the city.
 */
export function personalDataProblem(text: string): string | undefined {
  const t = text.normalize('NFKC'); // full-width digits and hyphens → ASCII
  const phoneLike = [...t.matchAll(PHONE)].some((m) => {
    const digits = m[0].replace(/\D/g, '').length;
    return digits === 10 || digits === 11;
  });
  if (phoneLike) return PERSONAL_DATA_MESSAGES.phone;
  if (BIRTH_WORDS.test(t) || OLD_ERA_DATE.test(t) || OLD_WESTERN_DATE.test(t)) return PERSONAL_DATA_MESSAGES.birthDate;
  if (INDIVIDUAL_NUMBER.test(t)) return PERSONAL_DATA_MESSAGES.individualNumber;
  return undefined;
}

/** Optional-length free text without personal data, trimmed. */
export function freeText(max: number, options: { required?: string } = {}) {
  const base = z.string().trim();
  return (options.required ? base.min(1, { message: options.required }) : base)
    .max(max, { message: `${max}文字以内で入力してください` })
    .superRefine((text, ctx) => {
      const problem = personalDataProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
