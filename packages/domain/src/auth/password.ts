import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 12;

/**
 * Why a new password is refused, in Japanese, or undefined when it is acceptable: long enough, and not
 * built from the user's own name or e-mail address.
 */
export function passwordProblem(password: string, user: { name?: string; email?: string }): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください`;
  if (password.length > 128) return 'パスワードは128文字以内にしてください';
  const lower = password.toLowerCase().normalize('NFKC');
  const parts = [
    user.email?.toLowerCase().split('@')[0],
    user.email?.toLowerCase(),
    ...(user.name ?? '').toLowerCase().normalize('NFKC').split(/\s+/),
  ].filter((p): p is string => !!p && p.length >= 3);
  if (parts.some((p) => lower.includes(p))) return 'パスワードに氏名やメールアドレスを含めないでください';
  if (new Set(lower).size < 4) return '同じ文字の繰り返しは使えません';
  return undefined;
}

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email('メールアドレスの形式が正しくありません').max(254),
  password: z.string().min(1, 'パスワードを入力してください').max(128),
  totp: z.string().regex(/^\d{6}$/, '6桁の数字を入力してください').optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, '現在のパスワードを入力してください').max(128),
  newPassword: z.string().min(1, '新しいパスワードを入力してください').max(128),
});

export const totpCodeSchema = z.object({ code: z.string().regex(/^\d{6}$/, '6桁の数字を入力してください') });
export const passwordConfirmSchema = z.object({ password: z.string().min(1, 'パスワードを入力してください').max(128) });

/** PUT /api/auth/me/program: the program the user works on, remembered for them on the server. */
export const currentProgramSchema = z.object({ programId: z.uuid({ message: '事業を選択してください' }) });
