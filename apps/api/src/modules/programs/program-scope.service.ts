import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { notFound } from '@outreach/domain/common';
import { In, type Repository } from 'typeorm';
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
    const program = await this.programs.findOne({ where: { id: programId } });
    if (!program || !(await this.canSee(actor, program))) throw notFound('事業が見つかりません');
    return program;
  }

  /** A record inside a program with its program, if the actor may see it; otherwise it does not exist for them. */
  async withProgram<T extends { programId: string }>(actor: Actor, record: T | null, message: string): Promise<{ record: T; program: ProgramEntity }> {
    if (!record) throw notFound(message);
    const program = await this.visibleProgram(actor, record.programId).catch(() => {
      throw notFound(message);
    });
    return { record, program };
  }

  private async canSee(actor: Actor, program: ProgramEntity): Promise<boolean> {
    if (actor.organizationKind === 'city') return actor.municipalityId === program.municipalityId;
    if (actor.organizationKind === 'vendor') {
      return (await this.programVendors.count({ where: { programId: program.id, organizationId: actor.organizationId } })) > 0;
    }
    return false;
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
    const ids = await this.visibleProgramIds(actor);
    if (ids.length === 0) return false;
    return (await this.programs.count({ where: { id: In(ids), requireTotp: true } })) > 0;
  }
}
