import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * 折り返し as tasks (issue 21 item 4): an owner (the creator until someone takes it over — existing ones get their
 * creator), the incoming call it came from, the unanswered attempts, and the logged call back that ended it.
 */
export class AddCallBackOwnerAndCalls1764008400000 implements MigrationInterface {
  name = 'AddCallBackOwnerAndCalls1764008400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('call_back', [
      new TableColumn(column('owner_id', col.ref(true))),
      new TableColumn(column('source_call_id', col.ref(true))),
      new TableColumn(column('attempts', col.int(), { default: 0 })),
      new TableColumn(column('last_attempt_at', col.instant(true))),
      new TableColumn(column('done_call_id', col.ref(true))),
    ]);
    await q.query('UPDATE call_back SET owner_id = created_by');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['done_call_id', 'last_attempt_at', 'attempts', 'source_call_id', 'owner_id']) await q.dropColumn('call_back', c);
  }
}
