import { z } from 'zod';
import { displayName } from '../common/input.js';
import { idView } from '../common/view.js';

export const municipalityInputSchema = z.object({
  code: z.string().regex(/^\d{6}$/, '全国地方公共団体コード（6桁の数字）を入力してください').refine(isValidLocalGovernmentCode, '検査数字が一致しません'),
  name: displayName,
  prefecture: z.string().trim().min(2, '都道府県名を入力してください').max(10),
});

/**
 * 全国地方公共団体コード: five digits and a check digit. Weighted sum of the digits with 6,5,4,3,2; the check
 * digit is 11 − (sum mod 11), taking the last digit (sum mod 11 = 0 → 0, = 1 → 0).
 */
export function isValidLocalGovernmentCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const digits = code.split('').map(Number);
  const sum = digits.slice(0, 5).reduce((acc, d, i) => acc + d * (6 - i), 0);
  const remainder = sum % 11;
  const check = (11 - remainder) % 10;
  return check === digits[5];
}

/** A row of GET /api/municipalities and the body of GET/POST/PUT /api/municipalities/:id. */
export const municipalityViewSchema = z.object({ id: idView, code: z.string(), name: z.string(), prefecture: z.string() });
export type MunicipalityView = z.output<typeof municipalityViewSchema>;
