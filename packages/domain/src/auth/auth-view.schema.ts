import { z } from 'zod';
import { idView } from '../common/view.js';
import { organizationKindSchema, roleSchema } from './roles.js';

/** What the auth routes answer; the API maps to these, the dashboard reads them. */

/** GET /api/auth/me: the signed-in user, what they may do and the program they work on. */
export const meViewSchema = z.object({
  id: idView,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  organization: z.object({ id: idView, name: z.string(), kind: organizationKindSchema }),
  municipality: z.object({ id: idView, name: z.string(), code: z.string() }).nullable(),
  /** The PERMISSIONS the user holds (roles.ts). */
  permissions: z.array(z.string()),
  totpEnabled: z.boolean(),
  totpEnrollmentRequired: z.boolean(),
  /** The program the user chose to work on, while they still see it; null before their first choice. */
  currentProgramId: idView.nullable(),
});
export type Me = z.output<typeof meViewSchema>;

/**
 * GET /api/auth/session: whether the request carries a valid login, and whose. Always 200: the dashboard asks it on
 * every page load, the login page included, where "nobody is signed in" is the normal answer and not an error.
 */
export const sessionViewSchema = z.object({ user: meViewSchema.nullable() });
export type SessionView = z.output<typeof sessionViewSchema>;

/** POST /api/auth/login: the user now signed in (the login itself travels in an httpOnly cookie). */
export const loginViewSchema = z.object({ user: meViewSchema });
export type LoginView = z.output<typeof loginViewSchema>;

/** POST /api/auth/totp/setup: the new secret to enter in an authenticator app, not active until a code confirms it. */
export const totpSetupViewSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TotpSetupView = z.output<typeof totpSetupViewSchema>;
