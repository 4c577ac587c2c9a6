import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * How many times a program's figures may have changed: bumped by database triggers on every insert, update and
 * delete of the tables the dashboard summary reads (migrations 1764008800000 and 1764009200000, docs/adr/0014), in the
 * writer's own transaction — `callsVersion` by the calls' tables (call_log, call_week), `version` by all the others,
 * both by the program row. The dashboard's summary cache and the reporting rates (daily-reports) keep what they
 * computed only while its number stays the same. No code writes them: the triggers do, so no write path can forget to.
 */
@Entity('program_data_version')
export class ProgramDataVersionEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column(col.int()) version: number;
  @Column({ ...col.int(), name: 'calls_version', default: 0 }) callsVersion: number;
}
