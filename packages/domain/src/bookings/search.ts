import { z } from 'zod';
import { hiraganaToKatakana } from '../common/kana.js';
import type { FacilityRequest, HomeIntake } from './intake.js';

/**
 * Finding a booking by the caller's or an applicant's name, kana or phone (issue 17 item 4) without keeping them in
 * clear: the API stores a keyed hash (HMAC) of each normalized value and looks up the hash of the normalized term.
 * These rules decide what "the same" name, kana or phone is, so that the hash written at intake and the hash of what
 * an operator types later meet.
 *
 * - phone: digits only (NFKC first, so full-width digits count; hyphens, spaces and brackets drop). Only the full
 *   number is searched (10 or 11 digits): a part of a number would be guessed too easily and hashes cannot match parts.
 * - kana: NFKC (half-width kana become full-width), hiragana folded to katakana, spaces and 「・」 removed.
 * - name: NFKC, spaces and 「・」 removed, kana folded to katakana as for kana. A term written only in kana is looked
 *   up both as kana (フリガナ) and as a name (a name written in kana); a term with kanji only as a name.
 */

/** `application_form_id`: an application's 申請書ID (applications/), hashed under the same program key. */
export type SearchTokenKind = 'name' | 'kana' | 'phone' | 'application_form_id';
export interface SearchToken {
  kind: SearchTokenKind;
  value: string;
}

/** Full phone numbers in Japan have 10 (fixed lines) or 11 digits (mobile, 050). */
const PHONE_DIGITS = /^\d{10,11}$/;
const KATAKANA_ONLY = /^[ァ-ヶー]+$/;


/** Spaces of any width, the middle dot and zero-width characters: not part of a name. */
function withoutSeparators(s: string): string {
  return s.replace(/[\s\u3000・･\u200b-\u200d\ufeff]/g, '');
}

export function normalizeKana(s: string): string {
  // Separators go before NFKC too: a space between ﾊ and ﾟ would keep the sound mark apart.
  return withoutSeparators(hiraganaToKatakana(withoutSeparators(s).normalize('NFKC')));
}

export function normalizeName(s: string): string {
  return normalizeKana(s);
}

export function normalizePhone(s: string): string {
  return s.normalize('NFKC').replace(/\D/g, '');
}

function token(kind: SearchTokenKind, raw: string | undefined | null): SearchToken[] {
  if (!raw) return [];
  const value = kind === 'phone' ? normalizePhone(raw) : kind === 'kana' ? normalizeKana(raw) : normalizeName(raw);
  if (!value || (kind === 'phone' && !PHONE_DIGITS.test(value))) return [];
  return [{ kind, value }];
}

function distinct(tokens: SearchToken[]): SearchToken[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    const key = `${t.kind}:${t.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a reservation keeps as personal data, as far as search is concerned. */
export type SearchablePersonalData =
  | { type: 'home'; intake: { caller: Pick<HomeIntake['caller'], 'relation' | 'name' | 'phone'>; applicants: ReadonlyArray<Pick<HomeIntake['applicants'][number], 'name' | 'kana' | 'phone'>> } }
  | { type: 'facility'; request: Pick<FacilityRequest, 'facilityName' | 'contactName' | 'phone'> };

/**
 * The values a reservation can be found by: the caller's name and phone, each applicant's name, kana and phone; a
 * facility's name, its contact person and its phone. Each once.
 */
export function searchTokensOf(data: SearchablePersonalData): SearchToken[] {
  if (data.type === 'facility') {
    const r = data.request;
    return distinct([...token('name', r.facilityName), ...token('name', r.contactName), ...token('phone', r.phone)]);
  }
  // Rows sealed by earlier versions may lack a caller (applicants only): what is there is indexed, nothing fails.
  const { caller, applicants } = data.intake as Partial<typeof data.intake>;
  return distinct([
    ...token('name', caller?.name),
    ...token('phone', caller?.phone),
    ...(applicants ?? []).flatMap((a) => [...token('name', a.name), ...token('kana', a.kana), ...token('phone', a.phone)]),
  ]);
}

/** Why a search term cannot be looked up, or null. */
export function searchTermProblem(term: string): string | null {
  const plain = withoutSeparators(term.normalize('NFKC'));
  if (!plain) return '検索する氏名、フリガナまたは電話番号を入力してください';
  if (/^[\d()+\-‐－−]+$/.test(plain) && !PHONE_DIGITS.test(normalizePhone(plain))) return '電話番号は市外局番から全桁（10桁または11桁）で入力してください';
  return null;
}

/**
 * What to look up for a term an operator typed: a phone number (digits, hyphens), or a name, or — written in kana
 * only — both the kana and a name written in kana. Empty when the term cannot be searched (searchTermProblem).
 */
export function searchTermTokens(term: string): SearchToken[] {
  if (searchTermProblem(term)) return [];
  const plain = withoutSeparators(term.normalize('NFKC'));
  if (/^[\d()+\-‐－−]+$/.test(plain)) return token('phone', plain);
  const name = normalizeName(plain);
  return KATAKANA_ONLY.test(name) ? [{ kind: 'kana', value: name }, { kind: 'name', value: name }] : [{ kind: 'name', value: name }];
}

/** The handling record's words for a search (never the term itself): what kind of term, how many found. */
export function searchRecordReason(tokens: readonly SearchToken[], found: number): string {
  const kind = tokens.some((t) => t.kind === 'phone') ? '電話番号' : tokens.some((t) => t.kind === 'kana') ? 'フリガナ・氏名' : '氏名';
  return `${kind}で予約を検索（${found}件）`;
}

/** POST /api/programs/:programId/bookings/search: the term goes in the body, never in a URL (logs, history, proxies). */
export const bookingSearchSchema = z.object({
  q: z
    .string({ message: '検索する氏名、フリガナまたは電話番号を入力してください' })
    .max(100, { message: '100文字以内で入力してください' })
    .superRefine((q, ctx) => {
      const problem = searchTermProblem(q);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

/** POST /api/programs/:programId/bookings/caller-names: the callers' names of the bookings a list shows. */
export const bookingCallerNamesSchema = z.object({
  ids: z.array(z.uuid({ message: '予約の指定が正しくありません' })).max(100, { message: '一度に表示できるのは100件までです' }),
});

/** The name a booking is known by on the phone: the caller's (the applicant's own when they called), or the facility's. */
export function callerNameOf(data: SearchablePersonalData): string | null {
  if (data.type === 'facility') return data.request.contactName ? `${data.request.facilityName}（${data.request.contactName}）` : data.request.facilityName;
  const { caller, applicants } = data.intake;
  return (caller.relation === 'self' ? applicants[0]?.name : caller.name) ?? applicants[0]?.name ?? null;
}

/** The number to call about a booking: the caller's (the first applicant's when they called, or gave none), or the facility's. */
export function callerPhoneOf(data: SearchablePersonalData): string | null {
  if (data.type === 'facility') return data.request.phone ?? null;
  const { caller, applicants } = data.intake as Partial<typeof data.intake>;
  return (caller?.relation === 'self' ? applicants?.[0]?.phone : caller?.phone) ?? applicants?.[0]?.phone ?? null;
}
