import type { Actor } from './actor';

/**
 * The small interfaces the access guard depends on. The feature modules provide them (auth: who is calling;
 * programs: which programs they see), so `common/` imports no feature and the features do not reach into
 * each other through the guard.
 */

/** Who is behind a request: the signed-in person, or undefined (401). Provided by the auth module. */
export interface ActorResolver {
  actorOf(request: { cookies?: unknown; ip?: string }): Promise<Actor | undefined>;
}
export const ACTOR_RESOLVER = Symbol('ActorResolver');

/** The program named in a URL, if the actor may see it; otherwise throws a 404. Provided by the programs module. */
export interface ProgramVisibility {
  visibleProgram(actor: Actor, programId: string): Promise<unknown>;
  /** The same question answered yes or no, without reading the program (the remembered program of GET /api/auth/me). */
  sees(actor: Actor, programId: string): Promise<boolean>;
}
export const PROGRAM_VISIBILITY = Symbol('ProgramVisibility');

/** Whether any program the person works on asks a second factor of roles that see personal data. Provided by programs. */
export interface SecondFactorPolicy {
  anyRequiresTotp(actor: Pick<Actor, 'organizationKind' | 'organizationId' | 'municipalityId'>): Promise<boolean>;
}
export const SECOND_FACTOR_POLICY = Symbol('SecondFactorPolicy');
