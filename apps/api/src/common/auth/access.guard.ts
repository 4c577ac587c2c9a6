import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, forbidden } from '@outreach/domain/common';
import type { Request } from 'express';
import type { Actor } from './actor';
import { type Allow, PROGRAM_PARAM, ROUTE_ALLOW } from './decorators';
import { ACTOR_RESOLVER, type ActorResolver, PROGRAM_VISIBILITY, type ProgramVisibility } from './ports';

/**
 * Every request passes here, in this order: does the route say who may call it (403 for everyone when it does not;
 * `public` passes), who is it (401), may they see the program named in the URL (404 — someone else's record is never
 * confirmed to exist), may their role do this (403).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
    @Inject(PROGRAM_VISIBILITY) private readonly scope: ProgramVisibility,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const handler = context.getHandler();
    const allow = this.reflector.get<Allow | undefined>(ROUTE_ALLOW, handler);
    // A route that does not say who may call it answers no one (api-conventions checks that every route says it).
    if (allow === undefined) throw forbidden();
    if (allow === 'public') return true;

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor; program?: unknown }>();
    const actor = await this.actors.actorOf(req);
    if (!actor) throw new DomainError('unauthenticated', 'ログインしてください');
    req.actor = actor;

    const programParam = this.reflector.get<string | undefined>(PROGRAM_PARAM, handler);
    if (programParam) req.program = await this.scope.visibleProgram(actor, String(req.params[programParam]));

    if (allow !== 'signed-in' && !actor.permissions.has(allow)) throw forbidden();
    return true;
  }
}
