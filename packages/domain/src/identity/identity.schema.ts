import { z } from 'zod';
import { organizationKindSchema, roleSchema } from './roles.js';

const name = z.string().trim().min(1, '入力してください').max(100, '100文字以内で入力してください');

export const municipalityInputSchema = z.object({
  code: z.string().regex(/^\d{6}$/, '全国地方公共団体コード（6桁の数字）を入力してください').refine(isValidLocalGovernmentCode, '検査数字が一致しません'),
  name,
  prefecture: z.string().trim().min(2, '都道府県名を入力してください').max(10),
});

export const organizationInputSchema = z
  .object({
    kind: organizationKindSchema.exclude(['operator']),
    name: z.string().trim().min(1, '入力してください').max(200),
    municipalityId: z.string().uuid().nullable().optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'city' && !o.municipalityId) ctx.addIssue({ code: 'custom', path: ['municipalityId'], message: '市の組織には自治体を指定してください' });
  });

export const userCreateSchema = z.object({
  name,
  email: z.string().trim().toLowerCase().email('メールアドレスの形式が正しくありません').max(254),
  role: roleSchema,
  organizationId: z.string().uuid().optional(),
  password: z.string().min(1, 'パスワードを入力してください').max(128),
});

export const userUpdateSchema = z.object({
  name: name.optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
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
