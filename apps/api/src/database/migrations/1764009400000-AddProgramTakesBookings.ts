import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The program setting takesBookings (予約受付): whether the vendor's call center books visits (003 §8(2)) or the vendor
 * chooses the sites with the city (004 §7(3)). Every program saved so far booked visits through the desk: default on.
 */
export class AddProgramTakesBookings1764009400000 implements MigrationInterface {
  name = 'AddProgramTakesBookings1764009400000';

  async up(q: QueryRunner): Promise<void> {
    // A plain ALTER on both databases: TypeORM's addColumn rebuilds a SQLite table under a new name, which the
    // program table's triggers (program_data_version, program_list_version) refuse.
    await q.query('ALTER TABLE program ADD COLUMN takes_bookings boolean NOT NULL DEFAULT 1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE program DROP COLUMN takes_bookings');
  }
}
