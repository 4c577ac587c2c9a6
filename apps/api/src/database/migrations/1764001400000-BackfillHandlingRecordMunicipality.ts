import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rows of the handling record about a program written by vendor users carried no municipality, so the city's
 * list did not show its vendor's handling (特記事項 §15). New rows take the program's municipality; this fills
 * it in on the rows written before. Portable SQL (a correlated subquery runs on MySQL, MariaDB and SQLite).
 */
export class BackfillHandlingRecordMunicipality1764001400000 implements MigrationInterface {
  name = 'BackfillHandlingRecordMunicipality1764001400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'UPDATE handling_record SET municipality_id = (SELECT p.municipality_id FROM program p WHERE p.id = handling_record.program_id) WHERE program_id IS NOT NULL AND municipality_id IS NULL',
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the filled-in municipality is the true one, and the column stays as it was.
  }
}
