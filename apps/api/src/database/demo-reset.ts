import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadEnv } from '../config/env';
import { dataSourceOptions } from './data-source';
import { parseDatabaseUrl } from './database-url';
import { nonDemoData } from './seed/demo-data';

/**
 * `pnpm demo:reset`: recreates the demo in the configured database (DATABASE_URL, else the SQLite file) — empties it,
 * migrates and seeds as a first start does — and refuses when the database holds anything the demo did not make.
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const target = parseDatabaseUrl(env.DATABASE_URL, env.SQLITE_PATH);
  const ds = new DataSource(dataSourceOptions(target));
  await ds.initialize();
  try {
    const migrated = (await ds.query(target.kind === 'sqlite' ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'app_user'" : "SHOW TABLES LIKE 'app_user'")).length > 0;
    const foreign = migrated ? await nonDemoData(ds) : [];
    if (foreign.length) {
      console.error(`${target.display} にはデモ以外のデータがあるため、デモを作り直しません: ${foreign.join('、')}`);
      process.exitCode = 1;
      return;
    }
    await ds.dropDatabase();
  } finally {
    await ds.destroy();
  }
  const app = await createApp({ ...env, RUN_MIGRATIONS: true, SEED_DEMO: true });
  await app.close();
  new Logger('DemoReset').log(`デモを作り直しました（${target.display}）。pnpm start で開けます。`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
