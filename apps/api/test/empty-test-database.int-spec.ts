import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { parseDatabaseUrl } from '../src/database/database-url';
import { emptyTestDatabase } from '../src/database/empty-test-database';
import { resetDatabase, testDatabase } from './support/test-app';

const db = testDatabase();
// skip reason: emptying is for a server database; on SQLite each test app gets a new file, so there is nothing to empty.
const describeServer = db.url ? describe : describe.skip; // skip reason: on SQLite every test app and browser test's API gets a new file, never emptied

describeServer('emptying the test database between test apps (MySQL/MariaDB)', () => {
  let ds: DataSource;
  const tables = async () => ((await ds.query('SHOW TABLES')) as Array<Record<string, string>>).map((row) => Object.values(row)[0]).sort();
  const count = async (table: string) => Number(((await ds.query(`SELECT COUNT(*) AS n FROM \`${table}\``)) as Array<{ n: number | string }>)[0].n);

  beforeAll(async () => {
    await resetDatabase(db);
    ds = new DataSource(dataSourceOptions(parseDatabaseUrl(db.url, db.sqlitePath)));
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('drops a database not migrated to the latest, keeps a migrated one and deletes its rows', async () => {
    expect(await emptyTestDatabase(ds)).toBe('dropped');

    await ds.runMigrations({ transaction: 'each' });
    const schema = await tables();
    await ds.query("INSERT INTO municipality (id, code, name, prefecture) VALUES ('00000000-0000-4000-8000-000000000001', '999999', '架空市', '架空県')");
    expect(await emptyTestDatabase(ds)).toBe('rows deleted');
    expect(await tables()).toEqual(schema);
    expect(await count('municipality')).toBe(0);
    expect(await count('migrations')).toBe(ds.migrations.length);

    // One migration of this code not run there (a database left by an older checkout): dropped, for the app to migrate.
    await ds.query('DELETE FROM migrations ORDER BY id DESC LIMIT 1');
    expect(await emptyTestDatabase(ds)).toBe('dropped');
    expect(await tables()).toEqual([]);
  });
});
