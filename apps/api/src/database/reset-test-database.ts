import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../config/test-env';
import { dataSourceOptions } from './data-source';
import { parseDatabaseUrl } from './database-url';
import { emptyTestDatabase } from './empty-test-database';

/**
 * Empties the database named by TEST_DATABASE_URL (never DATABASE_URL), for the browser tests that start the
 * built API on MariaDB/MySQL and need the demo seeded afresh: its rows deleted when it is migrated to this code's
 * latest, else dropped (emptyTestDatabase). Refuses anything that does not look like a test database.
 */
async function main(): Promise<void> {
  const url = testDatabaseUrl();
  if (!url) return;
  const target = parseDatabaseUrl(url, '');
  if (!/test/i.test(target.database ?? '')) throw new Error(`refusing to empty ${target.display}: its name does not contain "test"`);
  const ds = new DataSource(dataSourceOptions(target));
  await ds.initialize();
  try {
    await emptyTestDatabase(ds);
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
