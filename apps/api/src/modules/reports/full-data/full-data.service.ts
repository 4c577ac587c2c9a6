import { Inject, Injectable } from '@nestjs/common';
import { jstDateKey } from '@outreach/domain/common';
import { type FullDataFormat, fullDataFilename } from '@outreach/domain/reports';
import type { Actor } from '../../../common/auth/actor';
import { Clock } from '../../../common/clock';
import { ENV } from '../../../config/config.module';
import type { Env } from '../../../config/env';
import { type DatabaseTarget, parseDatabaseUrl } from '../../../database/database-url';
import { ProgramScopeService } from '../../programs/program-scope.service';
import type { ProgramEntity } from '../../programs/program.entity';
import { ProgramsService } from '../../programs/programs.service';
import type { ProgressListener } from '../xlsx-writer';
import type { FullDataScopeProgram } from './full-data-reader';
import { runFullDataWorker } from './full-data-thread';
import type { FullDataBatchReport, FullDataResult } from './full-data-worker';

/** Rows read per statement. */
export const FULL_DATA_BATCH = 2000;

/** The bench's view of an export: each batch as written, and the first rows of each sheet back with the result. */
export interface FullDataObserver {
  sampleRows: number;
  onBatch(b: FullDataBatchReport): void;
}

/**
 * 全件データ (domain: reports/full-data.ts): every session, call, reservation, daily report and photo statistic of
 * one program or of every program the person serves, streamed by two worker threads: one reads them on a connection
 * of its own (full-data-read-worker.ts) — keyset batches through each table's owner's export SQL, shaped by the
 * domain — and hands them to the other, which writes the file (full-data-worker.ts). This thread only starts them
 * and relays the progress: the rows never reach the API's heap,
 * and memory is the same for 500 rows or 500,000.
 */
@Injectable()
export class FullDataService {
  private readonly database: DatabaseTarget;

  constructor(
    private readonly programs: ProgramsService,
    private readonly scopes: ProgramScopeService,
    private readonly clock: Clock,
    @Inject(ENV) env: Env,
  ) {
    this.database = parseDatabaseUrl(env.DATABASE_URL, env.SQLITE_PATH);
  }

  /**
   * The programs of an export and its file name: one program, or every program the person sees (a city: its
   * municipality's; a vendor: those its organization serves), in municipality then title order.
   */
  async scope(actor: Actor, program: ProgramEntity | null, format: FullDataFormat): Promise<{ programs: FullDataScopeProgram[]; filename: string }> {
    const ids = program ? [program.id] : await this.scopes.visibleProgramIds(actor);
    const programs: FullDataScopeProgram[] = [];
    let scopeName = '';
    for (const id of ids) {
      const view = await this.programs.get(actor, id);
      programs.push({ id, municipality: view.municipalityName ?? '', title: view.title });
      if (program || actor.organizationKind === 'city') scopeName ||= view.municipalityName ?? '';
      else scopeName ||= view.vendorNames[view.vendorOrganizationIds.indexOf(actor.organizationId)] ?? '';
    }
    programs.sort((a, b) => a.municipality.localeCompare(b.municipality, 'ja') || a.title.localeCompare(b.title, 'ja') || (a.id < b.id ? -1 : 1));
    return { programs, filename: fullDataFilename(scopeName, jstDateKey(this.clock.now()), format) };
  }

  /**
   * Writes the export into `file`; `onProgress` hears the share of rows written (0…1). Resolves with the rows per
   * sheet and the file's size once the file is complete; rejects once its threads have stopped if either failed (the
   * caller deletes the file).
   */
  async write(programs: FullDataScopeProgram[], format: FullDataFormat, file: string, onProgress?: ProgressListener, observer?: FullDataObserver): Promise<FullDataResult> {
    const job = { format, file, created: this.clock.now().toISOString(), programs, database: this.database, batch: FULL_DATA_BATCH, sampleRows: observer?.sampleRows ?? 0 };
    return runFullDataWorker(job, (b) => {
      observer?.onBatch(b);
      onProgress?.(b.fraction);
    });
  }
}
