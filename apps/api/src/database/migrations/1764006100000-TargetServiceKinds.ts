import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * A target counts one or several service kinds together (issue 16: Shimonoseki's visit type is facilities and
 * homes, 004 §7(1)). The single nullable service_kind becomes the JSON list service_kinds: a kind becomes a list
 * of one, no kind (every kind of the program) the empty list. Going down keeps a list of one; a target counting
 * several kinds counts every kind of its program again, the nearest the old column can say.
 */
export class TargetServiceKinds1764006100000 implements MigrationInterface {
  name = 'TargetServiceKinds1764006100000';

  async up(q: QueryRunner): Promise<void> {
    // Added nullable, filled, then made NOT NULL: neither SQLite's table copy nor MySQL takes a TEXT default.
    await q.addColumn('target', new TableColumn(column('service_kinds', col.json(), { isNullable: true })));
    const rows: Array<{ id: string; service_kind: string | null }> = await q.query('SELECT id, service_kind FROM target');
    for (const r of rows) {
      await q.query('UPDATE target SET service_kinds = ? WHERE id = ?', [JSON.stringify(r.service_kind ? [r.service_kind] : []), r.id]);
    }
    await q.changeColumn('target', 'service_kinds', new TableColumn(column('service_kinds', col.json())));
    await q.dropColumn('target', 'service_kind');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('target', new TableColumn(column('service_kind', col.enum(true))));
    const rows: Array<{ id: string; service_kinds: string | null }> = await q.query('SELECT id, service_kinds FROM target');
    for (const r of rows) {
      const kinds = r.service_kinds ? (JSON.parse(r.service_kinds) as string[]) : [];
      await q.query('UPDATE target SET service_kind = ? WHERE id = ?', [kinds.length === 1 ? kinds[0] : null, r.id]);
    }
    await q.dropColumn('target', 'service_kinds');
  }
}
