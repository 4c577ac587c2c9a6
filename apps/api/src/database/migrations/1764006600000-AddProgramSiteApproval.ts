import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/** 004 §7(3) (issue 16 item 4): a program may require the city's approval of every session's site. Off for every program saved before. */
export class AddProgramSiteApproval1764006600000 implements MigrationInterface {
  name = 'AddProgramSiteApproval1764006600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('program', new TableColumn(column('require_site_approval', col.bool(), { default: 0 })));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('program', 'require_site_approval');
  }
}
