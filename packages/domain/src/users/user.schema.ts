import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { displayName } from '../common/input.js';
import { idView, instantView } from '../common/view.js';

export const userCreateSchema = z.object({
  name: displayName,
  email: z.string().trim().toLowerCase().email('メールアドレスの形式が正しくありません').max(254),
  role: roleSchema,
  organizationId: z.string().uuid().optional(),
  password: z.string().min(1, 'パスワードを入力してください').max(128),
});

export const userUpdateSchema = z.object({
  name: displayName.optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
});

/** A row of GET /api/users and the body of GET/POST/PUT /api/users/:id (never a password hash or TOTP secret). */
export const userViewSchema = z.object({
  id: idView,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  active: z.boolean(),
  organizationId: idView,
  organizationName: z.string().nullable(),
  totpEnabled: z.boolean(),
  lastLoginAt: instantView.nullable(),
  createdAt: instantView,
});
export type UserView = z.output<typeof userViewSchema>;

/** POST /api/users/:id/reset-password: the one-time password to hand over. */
export const temporaryPasswordViewSchema = z.object({ temporaryPassword: z.string() });
export type TemporaryPasswordView = z.output<typeof temporaryPasswordViewSchema>;
