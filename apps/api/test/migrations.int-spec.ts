import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { parseDatabaseUrl } from '../src/database/database-url';
import { MIGRATIONS } from '../src/database/migrations';
import { resetDatabase, testDatabase } from './support/test-app';

describe('migrations', () => {
  const db = testDatabase();
  let ds: DataSource;

  beforeAll(async () => {
    await resetDatabase(db);
    ds = new DataSource(dataSourceOptions(parseDatabaseUrl(db.url, db.sqlitePath)));
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  async function pendingSchemaChanges(): Promise<string[]> {
    const log = await ds.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  }

  it(`run up, all the way down and up again, and leave the schema exactly as the entities declare it (${process.env.TEST_DATABASE_URL ? 'MySQL/MariaDB' : 'SQLite'})`, async () => {
    const up = await ds.runMigrations({ transaction: 'each' });
    expect(up.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(await pendingSchemaChanges()).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const runner = ds.createQueryRunner();
    const left = [];
    for (const entity of ds.entityMetadatas) if (await runner.hasTable(entity.tableName)) left.push(entity.tableName);
    await runner.release();
    expect(left).toEqual([]);

    const again = await ds.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(MIGRATIONS.length);
    expect(await pendingSchemaChanges()).toEqual([]);
  });
});
