import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@outreach/domain/auth';
import { DomainError, forbidden } from '@outreach/domain/common';
import type { Request } from 'express';
import type { Actor } from './actor';
import { IS_PUBLIC, PROGRAM_PARAM, REQUIRED_PERMISSION } from './decorators';
import { ACTOR_RESOLVER, type ActorResolver, PROGRAM_VISIBILITY, type ProgramVisibility } from './ports';

/**
 * Every request passes here, in this order: who is it (401), may they see the program named in the URL
 * (404 — someone else's record is never confirmed to exist), may their role do this (403).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
    @Inject(PROGRAM_VISIBILITY) private readonly scope: ProgramVisibility,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor; program?: unknown }>();
    const actor = await this.actors.actorOf(req);
    if (!actor) throw new DomainError('unauthenticated', 'ログインしてください');
    req.actor = actor;

    const programParam = this.reflector.getAllAndOverride<string | undefined>(PROGRAM_PARAM, targets);
    if (programParam) req.program = await this.scope.visibleProgram(actor, String(req.params[programParam]));

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (permission && !actor.permissions.has(permission)) throw forbidden();
    return true;
  }
}
