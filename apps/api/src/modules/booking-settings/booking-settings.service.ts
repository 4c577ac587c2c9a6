import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TravelMatrixInput } from '@outreach/domain/bookings';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { TravelMatrixEntity } from './booking-settings.entity';

/**
 * A program's booking settings the slot engine reads: the district travel matrix. The reservations read it through
 * `travelMatrix` (inside their transaction). The 事前打合せ moved to the facilities (issue 18 item 6).
 */
@Injectable()
export class BookingSettingsService {
  constructor(
    @InjectRepository(TravelMatrixEntity) private readonly travel: Repository<TravelMatrixEntity>,
    private readonly handling: HandlingRecordService,
    private readonly dataSource: DataSource,
  ) {}

  async travelMatrix(programId: string, m?: EntityManager): Promise<TravelMatrixInput> {
    const row = await (m ? m.getRepository(TravelMatrixEntity) : this.travel).findOneBy({ programId });
    return { districts: row?.districts ?? [], minutes: row?.minutes ?? {} };
  }

  async saveTravelMatrix(actor: Actor, programId: string, matrix: TravelMatrixInput): Promise<TravelMatrixInput> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(TravelMatrixEntity).save({ programId, districts: matrix.districts, minutes: matrix.minutes });
      await this.handling.record(actor, { action: 'travel_matrix.update', resourceType: 'program', resourceId: programId, programId }, m);
    });
    return this.travelMatrix(programId);
  }
}
