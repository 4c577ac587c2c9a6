import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col } from '../columns';
import { column, primary, tableOf } from './migration-helpers';

/**
 * Finding a booking by name, kana or phone (issue 17 item 4): keyed hashes only, owned by booking-personal and
 * deleted with the personal data. Reservations taken before are indexed by the personal-data sweep at start.
 */
export class CreateBookingSearchTokens1764006800000 implements MigrationInterface {
  name = 'CreateBookingSearchTokens1764006800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      tableOf(q, {
        name: 'booking_search_token',
        columns: [primary('booking_id', col.ref()), primary('token', col.text(64)), column('program_id', col.ref())],
        indices: [{ name: 'ix_booking_search_token_program_token', columnNames: ['program_id', 'token'] }],
        foreignKeys: [
          { name: 'fk_booking_search_token_booking', columnNames: ['booking_id'], referencedTableName: 'booking', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('booking_search_token');
  }
}
