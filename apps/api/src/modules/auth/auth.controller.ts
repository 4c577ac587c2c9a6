import { Body, Controller, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  changePasswordSchema,
  currentProgramSchema,
  type LoginView,
  loginSchema,
  loginViewSchema,
  type Me,
  meViewSchema,
  passwordConfirmSchema,
  type SessionView,
  sessionViewSchema,
  totpCodeSchema,
  type TotpSetupView,
  totpSetupViewSchema,
} from '@outreach/domain/auth';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/decorators';
import { Route } from '../../common/http/route';
import { AuthService, LOGIN_COOKIE } from './auth.service';

const cookieOf = (req: Request) => (req.cookies as Record<string, string> | undefined)?.[LOGIN_COOKIE];

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Route.post('login', { allow: 'public', status: 200, responds: loginViewSchema })
  async login(@Body({ schema: loginSchema }) body: z.infer<typeof loginSchema>, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginView> {
    const { token, maxAgeMs, actor } = await this.auth.login(body, req.ip ?? null);
    // A lifetime (Max-Age), not a date: a browser whose clock differs from the server's keeps the login as long.
    res.cookie(LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: maxAgeMs });
    return { user: await this.auth.me(actor) };
  }

  @Route.post('logout', { allow: 'public', status: 204 })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(cookieOf(req), req.ip ?? null);
    res.clearCookie(LOGIN_COOKIE, { path: '/' });
  }

  /** The session probe: 200 with the user, or 200 with null when no valid login cookie came (never a 401). */
  @Route.get('session', { allow: 'public', responds: sessionViewSchema })
  async session(@Req() req: Request): Promise<SessionView> {
    const actor = await this.auth.actorOf(req);
    return { user: actor ? await this.auth.me(actor) : null };
  }

  @Route.get('me', { allow: 'signed-in', responds: meViewSchema })
  me(@CurrentActor() actor: Actor): Promise<Me> {
    return this.auth.me(actor);
  }

  @Route.put('me/program', { allow: 'signed-in', status: 204 })
  setCurrentProgram(@CurrentActor() actor: Actor, @Body({ schema: currentProgramSchema }) body: z.infer<typeof currentProgramSchema>): Promise<void> {
    return this.auth.setCurrentProgram(actor, body.programId);
  }

  @Route.post('password', { allow: 'signed-in', status: 204 })
  changePassword(@CurrentActor() actor: Actor, @Body({ schema: changePasswordSchema }) body: z.infer<typeof changePasswordSchema>, @Req() req: Request): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword, cookieOf(req)!);
  }

  @Route.post('totp/setup', { allow: 'signed-in', status: 200, responds: totpSetupViewSchema })
  totpSetup(@CurrentActor() actor: Actor): Promise<TotpSetupView> {
    return this.auth.totpSetup(actor);
  }

  @Route.post('totp/enable', { allow: 'signed-in', status: 204 })
  totpEnable(@CurrentActor() actor: Actor, @Body({ schema: totpCodeSchema }) body: z.infer<typeof totpCodeSchema>, @Req() req: Request): Promise<void> {
    return this.auth.totpEnable(actor, body.code, cookieOf(req)!);
  }

  @Route.post('totp/disable', { allow: 'signed-in', status: 204 })
  totpDisable(@CurrentActor() actor: Actor, @Body({ schema: passwordConfirmSchema }) body: z.infer<typeof passwordConfirmSchema>): Promise<void> {
    return this.auth.totpDisable(actor, body.password);
  }
}
