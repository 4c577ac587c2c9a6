import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, forbidden, type Permission } from '@outreach/domain';
import type { Request } from 'express';
import { AuthService, SESSION_COOKIE } from '../../modules/auth/auth.service';
import { ProgramScopeService } from '../../modules/programs/program-scope.service';
import type { Actor } from './actor';
import { IS_PUBLIC, PROGRAM_PARAM, REQUIRED_PERMISSION } from './decorators';

/**
 * Every request passes here, in this order: who is it (401), may they see the program named in the URL
 * (404 — someone else's record is never confirmed to exist), may their role do this (403).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly scope: ProgramScopeService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor; program?: unknown }>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const actor = token ? await this.auth.actorForToken(token, req.ip ?? null) : undefined;
    if (!actor) throw new DomainError('unauthenticated', 'ログインしてください');
    req.actor = actor;

    const programParam = this.reflector.getAllAndOverride<string | undefined>(PROGRAM_PARAM, targets);
    if (programParam) req.program = await this.scope.visibleProgram(actor, String(req.params[programParam]));

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (permission && !actor.permissions.has(permission)) throw forbidden();
    return true;
  }
}
