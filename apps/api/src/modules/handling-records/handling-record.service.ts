import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { HandlingRecordEntity } from './handling-record.entity';

export interface HandlingEvent {
  action: string;
  resourceType?: string;
  resourceId?: string | number;
  programId?: string | null;
  /**
   * The municipality whose data was handled. A row about a program always carries the program's municipality,
   * whoever acted (a vendor user has none of their own), so the city sees its vendor's handling (特記事項 §15);
   * otherwise it defaults to the actor's own.
   */
  municipalityId?: string | null;
  reason?: string;
}

/** Which municipality a program belongs to, answered by the programs module (it owns the table). */
export type ProgramMunicipalityLookup = (programId: string, manager: EntityManager) => Promise<string | null>;

/** Appends to the handling record (取扱記録). Ids only: callers never pass names, addresses or phone numbers. */
@Injectable()
export class HandlingRecordService {
  /** A program's municipality never changes: looked up once per program. */
  private readonly programMunicipality = new Map<string, string>();
  private lookupMunicipality?: ProgramMunicipalityLookup;

  constructor(
    @InjectRepository(HandlingRecordEntity) private readonly records: Repository<HandlingRecordEntity>,
    private readonly clock: Clock,
  ) {}

  /** Registered once by the programs module at start. */
  useProgramMunicipality(lookup: ProgramMunicipalityLookup): void {
    this.lookupMunicipality = lookup;
  }

  /** Records an act of a signed-in person; pass the transaction's manager so the record commits with the change. */
  async record(actor: Actor, event: HandlingEvent, manager?: EntityManager): Promise<number> {
    return this.append(
      {
        userId: actor.userId,
        organizationId: actor.organizationId,
        role: actor.role,
        ip: actor.ip,
        municipalityId: event.municipalityId !== undefined ? event.municipalityId : actor.municipalityId,
      },
      event,
      manager,
    );
  }

  /** Records an act with no session (a failed login, the scheduled sweep): who is known only by id, if at all. */
  async recordAnonymous(
    who: { userId?: string | null; organizationId?: string | null; municipalityId?: string | null; role?: string | null; ip: string | null },
    event: HandlingEvent,
    manager?: EntityManager,
  ): Promise<void> {
    await this.append(
      { userId: who.userId ?? null, organizationId: who.organizationId ?? null, role: who.role ?? null, ip: who.ip, municipalityId: who.municipalityId ?? null },
      event,
      manager,
    );
  }

  private async append(
    who: { userId: string | null; organizationId: string | null; role: string | null; ip: string | null; municipalityId: string | null },
    event: HandlingEvent,
    manager?: EntityManager,
  ): Promise<number> {
    const repo = manager ? manager.getRepository(HandlingRecordEntity) : this.records;
    const municipalityId = event.programId ? await this.municipalityOf(event.programId, manager ?? repo.manager) : who.municipalityId;
    const inserted = await repo.insert({
      occurredAt: this.clock.now(),
      userId: who.userId,
      organizationId: who.organizationId,
      municipalityId,
      role: who.role,
      action: event.action,
      resourceType: event.resourceType ?? null,
      resourceId: event.resourceId !== undefined ? String(event.resourceId) : null,
      programId: event.programId ?? null,
      ip: who.ip,
      reason: event.reason ?? null,
    });
    return Number((inserted.identifiers[0] as { id: number }).id);
  }

  private async municipalityOf(programId: string, manager: EntityManager): Promise<string | null> {
    const known = this.programMunicipality.get(programId);
    if (known) return known;
    const municipalityId = this.lookupMunicipality ? await this.lookupMunicipality(programId, manager) : null;
    if (municipalityId) this.programMunicipality.set(programId, municipalityId);
    return municipalityId;
  }
}
