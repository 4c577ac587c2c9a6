import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * Why a held home or facility visit has no booking (予約なしの訪問): a short choice and, for その他, a text. Sessions
 * recorded before it keep null (shown as 理由の記録なし).
 */
export class AddSessionUnbookedReason1764005300000 implements MigrationInterface {
  name = 'AddSessionUnbookedReason1764005300000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('session', [new TableColumn(column('unbooked_reason', col.enum(true))), new TableColumn(column('unbooked_reason_text', col.text(200, true)))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('session', ['unbooked_reason_text', 'unbooked_reason']);
  }
}
