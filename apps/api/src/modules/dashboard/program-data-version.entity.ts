import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * How many times a program's figures may have changed: bumped by database triggers on every insert, update and
 * delete of the tables the dashboard summary reads (migration 1764008800000, docs/adr/0014), in the writer's own
 * transaction. The summary cache (summary-cache.ts) keeps a summary only while this number stays the same. No code
 * writes it: the triggers do, so no write path can forget to.
 */
@Entity('program_data_version')
export class ProgramDataVersionEntity {
  @PrimaryColumn({ ...col.ref(), name: 'program_id' }) programId: string;
  @Column(col.int()) version: number;
}
