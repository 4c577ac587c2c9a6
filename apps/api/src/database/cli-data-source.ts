import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnv } from '../config/env';
import { dataSourceOptions } from './data-source';
import { parseDatabaseUrl } from './database-url';

/** For the TypeORM CLI: `pnpm --filter @outreach/api exec typeorm -d dist/database/cli-data-source.js migration:show`. */
const env = loadEnv();
export default new DataSource(dataSourceOptions(parseDatabaseUrl(env.DATABASE_URL, env.SQLITE_PATH)));
