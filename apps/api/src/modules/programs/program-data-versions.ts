import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ProgramDataVersionEntity } from './program-data-version.entity';

/**
 * A program's data versions (0 until its first write), bumped by the triggers: `calls` by the calls' tables
 * (call_log, call_week), `figures` by every other table the dashboard summary reads; both by the program row.
 */
export interface DataVersions {
  figures: number;
  calls: number;
}

/** Reads program_data_version (written by triggers alone, ADR 0014) for those who keep figures computed from it. */
@Injectable()
export class ProgramDataVersions {
  constructor(@InjectRepository(ProgramDataVersionEntity) private readonly rows: Repository<ProgramDataVersionEntity>) {}

  /** The program's data versions: one primary-key lookup. */
  async of(programId: string): Promise<DataVersions> {
    const row = await this.rows.findOne({ select: { version: true, callsVersion: true }, where: { programId } });
    return { figures: row ? Number(row.version) : 0, calls: row ? Number(row.callsVersion) : 0 };
  }
}
