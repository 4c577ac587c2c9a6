import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@outreach/domain/auth';
import type { Actor, RequestWithActor } from './actor';

export const IS_PUBLIC = 'outreach:public';
export const REQUIRED_PERMISSION = 'outreach:permission';
export const PROGRAM_PARAM = 'outreach:program-param';

/** No login needed (logging in, health, the OpenAPI document). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The role → action map of @outreach/domain decides; a missing permission is a 403. */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);

/**
 * The route acts on one program named by this route parameter: the program must be visible to the actor,
 * or the answer is a 404 (never a 403 that would confirm it exists).
 */
export const ProgramScoped = (param = 'programId') => SetMetadata(PROGRAM_PARAM, param);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

/** The program loaded and scope-checked by AccessGuard for a @ProgramScoped() route. */
export const CurrentProgram = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const program = ctx.switchToHttp().getRequest<{ program?: unknown }>().program;
  if (!program) throw new Error('CurrentProgram used on a route without @ProgramScoped()');
  return program;
});
