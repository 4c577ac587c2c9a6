import { Column, Entity, PrimaryColumn } from 'typeorm';
import { col } from '../../database/columns';

/**
 * How many times what a program list shows may have changed: one row (id 1), bumped by database triggers on every
 * insert, update and delete of program, program_vendor, organization and municipality (migration 1764009300000,
 * docs/adr/0015), in the writer's own transaction. No code writes it; ProgramListCache reads it.
 */
@Entity('program_list_version')
export class ProgramListVersionEntity {
  @PrimaryColumn(col.int()) id: number;
  @Column(col.int()) version: number;
}
