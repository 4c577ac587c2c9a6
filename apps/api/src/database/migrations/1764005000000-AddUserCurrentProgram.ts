import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, TableColumn } from './migration-helpers';

/**
 * The program a user works on, chosen once and remembered on the server so that it follows them to another
 * browser. No foreign key: the API answers it only while the user still sees the program (null otherwise).
 */
export class AddUserCurrentProgram1764005000000 implements MigrationInterface {
  name = 'AddUserCurrentProgram1764005000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('app_user', new TableColumn(column('current_program_id', col.ref(true))));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('app_user', 'current_program_id');
  }
}
