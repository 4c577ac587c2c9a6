import 'reflect-metadata';
import type { ExecutionContext } from '@nestjs/common';
import { Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@outreach/domain/auth';
import { DomainError } from '@outreach/domain/common';
import { Route } from '../http/route';
import { AccessGuard } from './access.guard';
import type { Actor } from './actor';
import type { ProgramVisibility } from './ports';

class Sample {
  @Route.post(':programId/things', { allow: 'booking.manage', program: true })
  create(): void {}

  @Route.get('me', { allow: 'signed-in' })
  me(): void {}

  @Route.post('login', { allow: 'public', status: 204 })
  login(): void {}

  /** A route written with Nest's own decorator alone: it does not say who may call it. */
  @Get('undeclared')
  undeclared(): void {}
}

describe(AccessGuard.name, () => {
  const actor = (permissions: Permission[]): Actor => ({
    userId: 'u',
    name: 'n',
    email: 'e',
    role: 'vendor_staff',
    organizationId: 'o',
    organizationKind: 'vendor',
    municipalityId: null,
    permissions: new Set(permissions),
    totpVerified: true,
    ip: null,
  });
  const seen: string[] = [];
  const visibility: ProgramVisibility = {
    visibleProgram: async (_actor, programId) => {
      seen.push(programId);
      if (programId !== 'mine') throw new DomainError('not_found', '見つかりません');
      return { id: programId };
    },
    sees: async () => true,
  };
  const check = async (handler: keyof Sample, who: Actor | undefined, params: Record<string, string> = {}) => {
    const request: Record<string, unknown> = { params };
    const context = { getHandler: () => Sample.prototype[handler], getClass: () => Sample, switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
    const guard = new AccessGuard(new Reflector(), { actorOf: async () => who }, visibility);
    try {
      return { passed: await guard.canActivate(context), request };
    } catch (e) {
      return { error: (e as DomainError).code, request };
    }
  };

  it('lets anyone call a public route, and only a signed-in person a signed-in one', async () => {
    expect(await check('login', undefined)).toMatchObject({ passed: true });
    expect(await check('me', undefined)).toMatchObject({ error: 'unauthenticated' });
    expect(await check('me', actor([]))).toMatchObject({ passed: true });
  });

  it('asks the permission a route names: 401, then 404 for a program not seen, then 403', async () => {
    expect(await check('create', undefined, { programId: 'mine' })).toMatchObject({ error: 'unauthenticated' });
    expect(await check('create', actor(['booking.manage']), { programId: 'theirs' })).toMatchObject({ error: 'not_found' });
    expect(await check('create', actor(['program.read']), { programId: 'theirs' })).toMatchObject({ error: 'not_found' });
    expect(await check('create', actor(['program.read']), { programId: 'mine' })).toMatchObject({ error: 'forbidden' });
    const ok = await check('create', actor(['booking.manage']), { programId: 'mine' });
    expect(ok).toMatchObject({ passed: true });
    expect(ok.request.program).toEqual({ id: 'mine' });
  });

  it('answers no one on a route that does not say who may call it, whatever their permissions', async () => {
    const everything = actor(['program.read', 'report.submit', 'booking.manage', 'export.download']);
    expect(await check('undeclared', everything)).toMatchObject({ error: 'forbidden' });
    expect(await check('undeclared', undefined)).toMatchObject({ error: 'forbidden' });
  });
});
