import type { DataSource } from 'typeorm';

/**
 * After personal data was deleted: what the database engine keeps of the deleted rows. SQLite runs with
 * `secure_delete` (freed pages are zeroed, see data-source.ts); a checkpoint then writes the WAL back into the
 * file and truncates it, so no older page image stays in `-wal`. MySQL/MariaDB keep undo, redo and binlog
 * copies of the rows for a while; those hold only ciphertext whose key was destroyed (ADR 0008).
 */
export async function eraseTraces(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'better-sqlite3') return;
  await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
}
