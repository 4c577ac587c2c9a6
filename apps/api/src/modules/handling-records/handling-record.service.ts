import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { HandlingRecordEntity } from './handling-record.entity';

export interface HandlingEvent {
  action: string;
  resourceType?: string;
  resourceId?: string | number;
  programId?: string | null;
  /** The municipality whose data was handled; defaults to the actor's own. */
  municipalityId?: string | null;
  reason?: string;
}

/** Appends to the handling record (取扱記録). Ids only: callers never pass names, addresses or phone numbers. */
@Injectable()
export class HandlingRecordService {
  constructor(@InjectRepository(HandlingRecordEntity) private readonly records: Repository<HandlingRecordEntity>) {}

  /** Records an act of a signed-in person; pass the transaction's manager so the record commits with the change. */
  async record(actor: Actor, event: HandlingEvent, manager?: EntityManager): Promise<void> {
    await this.append(
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

  /** Records an act with no session yet (a failed login): who is known only by id, if at all. */
  async recordAnonymous(
    who: { userId?: string | null; organizationId?: string | null; municipalityId?: string | null; role?: string | null; ip: string | null },
    event: HandlingEvent,
  ): Promise<void> {
    await this.append(
      { userId: who.userId ?? null, organizationId: who.organizationId ?? null, role: who.role ?? null, ip: who.ip, municipalityId: who.municipalityId ?? null },
      event,
    );
  }

  private async append(
    who: { userId: string | null; organizationId: string | null; role: string | null; ip: string | null; municipalityId: string | null },
    event: HandlingEvent,
    manager?: EntityManager,
  ): Promise<void> {
    const repo = manager ? manager.getRepository(HandlingRecordEntity) : this.records;
    await repo.insert({
      occurredAt: new Date(),
      userId: who.userId,
      organizationId: who.organizationId,
      municipalityId: who.municipalityId,
      role: who.role,
      action: event.action,
      resourceType: event.resourceType ?? null,
      resourceId: event.resourceId !== undefined ? String(event.resourceId) : null,
      programId: event.programId ?? null,
      ip: who.ip,
      reason: event.reason ?? null,
    });
  }
}
