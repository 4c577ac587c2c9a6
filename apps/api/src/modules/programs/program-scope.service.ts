import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { notFound } from '@outreach/domain/common';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { ProgramVisibility, SecondFactorPolicy } from '../../common/auth/ports';
import { ProgramVendorEntity } from './program-vendor.entity';
import { ProgramEntity } from './program.entity';

/**
 * The one place that decides which programs a person sees: a city user their municipality's, a vendor user
 * those their organization serves, the operator none. Everything program-scoped goes through here.
 */
@Injectable()
export class ProgramScopeService implements ProgramVisibility, SecondFactorPolicy {
  constructor(
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
    @InjectRepository(ProgramVendorEntity) private readonly programVendors: Repository<ProgramVendorEntity>,
  ) {}

  async visibleProgramIds(actor: Pick<Actor, 'organizationKind' | 'organizationId' | 'municipalityId'>): Promise<string[]> {
    if (actor.organizationKind === 'city' && actor.municipalityId) {
      const rows = await this.programs.find({ select: { id: true }, where: { municipalityId: actor.municipalityId } });
      return rows.map((r) => r.id);
    }
    if (actor.organizationKind === 'vendor') {
      const rows = await this.programVendors.find({ where: { organizationId: actor.organizationId } });
      return rows.map((r) => r.programId);
    }
    return [];
  }

  /** The program, if the actor may see it; otherwise a 404 as if it did not exist. */
  async visibleProgram(actor: Actor, programId: string): Promise<ProgramEntity> {
    const program = await this.seenProgram(actor, programId);
    if (!program) throw notFound('事業が見つかりません');
    return program;
  }

  /** Whether the actor sees the program: one EXISTS, nothing read (visibleProgram's rule, seenProgram). */
  sees(actor: Pick<Actor, 'organizationKind' | 'organizationId' | 'municipalityId'>, programId: string): Promise<boolean> {
    if (actor.organizationKind === 'city' && actor.municipalityId) return this.programs.exists({ where: { id: programId, municipalityId: actor.municipalityId } });
    if (actor.organizationKind === 'vendor') return this.programVendors.exists({ where: { programId, organizationId: actor.organizationId } });
    return Promise.resolve(false);
  }

  /** A record inside a program with its program, if the actor may see it; otherwise it does not exist for them. */
  async withProgram<T extends { programId: string }>(actor: Actor, record: T | null, message: string): Promise<{ record: T; program: ProgramEntity }> {
    if (!record) throw notFound(message);
    const program = await this.visibleProgram(actor, record.programId).catch(() => {
      throw notFound(message);
    });
    return { record, program };
  }

  /**
   * The program if the actor sees it, in one statement (every program-scoped request comes through here): a city's
   * people see their municipality's programs, a vendor's the programs it serves (its program_vendor row, with the
   * program joined; the key is the pair, so `find` returns one row at most and TypeORM sends no second statement).
   */
  private async seenProgram(actor: Actor, programId: string): Promise<ProgramEntity | null> {
    if (actor.organizationKind === 'city') {
      const program = await this.programs.findOne({ where: { id: programId } });
      return program && program.municipalityId === actor.municipalityId ? program : null;
    }
    if (actor.organizationKind === 'vendor') {
      const [link] = await this.programVendors.find({ where: { programId, organizationId: actor.organizationId }, relations: { program: true } });
      return link?.program ?? null;
    }
    return null;
  }

  /** A program by id, for rows already scoped by their own query. */
  programById(id: string): Promise<ProgramEntity> {
    return this.programs.findOneByOrFail({ id });
  }

  /** The vendor organizations serving a program. */
  async vendorOrganizationIds(programId: string): Promise<string[]> {
    return (await this.programVendors.find({ where: { programId } })).map((v) => v.organizationId);
  }

  /** Whether any program the person works on requires a second factor for roles that see personal data. */
  async anyRequiresTotp(actor: Pick<Actor, 'organizationKind' | 'organizationId' | 'municipalityId'>): Promise<boolean> {
    // One statement (this is asked on every screen load of a role that sees personal data): the visible programs as in
    // visibleProgramIds, narrowed to those asking a second factor.
    if (actor.organizationKind === 'city' && actor.municipalityId) return this.programs.exists({ where: { municipalityId: actor.municipalityId, requireTotp: true } });
    if (actor.organizationKind === 'vendor') return this.programVendors.exists({ where: { organizationId: actor.organizationId, program: { requireTotp: true } } });
    return false;
  }
}
