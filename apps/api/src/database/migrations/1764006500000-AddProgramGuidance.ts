import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * What the operator tells residents, per program (issue 16 item 5): re-issue fee, pick-up, proxy pick-up and
 * validity, as JSON. Null (every program saved before) reads as the defaults of seed 002 (domain resolveGuidance).
 */
export class AddProgramGuidance1764006500000 implements MigrationInterface {
  name = 'AddProgramGuidance1764006500000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('program', new TableColumn(column('guidance', col.longText())));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('program', 'guidance');
  }
}
