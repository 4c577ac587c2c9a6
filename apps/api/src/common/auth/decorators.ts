import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@outreach/domain/auth';
import type { Actor, RequestWithActor } from './actor';

/**
 * Who may call a route: a permission of the domain's role → action map (a role without it gets a 403),
 * `signed-in` (anyone logged in: their own account, their own second factor) or `public` (no login: logging in,
 * health). Every route says it (`@Route…` in common/http/route.ts); the guard answers a route that does not with 403.
 */
export type Allow = Permission | 'signed-in' | 'public';

/** Metadata the access guard reads: the route's `Allow`, and the route parameter naming the program it acts on. */
export const ROUTE_ALLOW = 'outreach:allow';
export const PROGRAM_PARAM = 'outreach:program-param';

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

/** The program loaded and scope-checked by AccessGuard for a route with `program: true`. */
export const CurrentProgram = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const program = ctx.switchToHttp().getRequest<{ program?: unknown }>().program;
  if (!program) throw new Error('CurrentProgram used on a route without program: true');
  return program;
});
