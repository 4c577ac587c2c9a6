import { createPool } from 'mysql2';
import { dataSourceOptions, MYSQL_PREPARED_STATEMENT_CACHE } from './data-source';
import { parseDatabaseUrl } from './database-url';

describe('dataSourceOptions for MySQL/MariaDB', () => {
  const options = dataSourceOptions(parseDatabaseUrl('mariadb://app:secret@db.example:3306/outreach', '/unused.sqlite')) as { extra: Record<string, unknown> };

  it('keeps the pool at 20 connections, each with a small prepared-statement cache (TypeORM never prepares)', () => {
    expect(options.extra).toEqual({ connectionLimit: 20, maxPreparedStatements: MYSQL_PREPARED_STATEMENT_CACHE });
  });

  it('gives mysql2 connections a statement cache of that size instead of 16,000 entries allocated up front', () => {
    // No server needed: a pool's connection configuration is settled when the pool is created.
    const cacheOf = (extra: Record<string, unknown>) => {
      const pool = createPool({ host: '127.0.0.1', port: 9, ...extra });
      const size = (pool as unknown as { config: { connectionConfig: { maxPreparedStatements: number } } }).config.connectionConfig.maxPreparedStatements;
      pool.end(() => undefined);
      return size;
    };
    expect(cacheOf(options.extra)).toBe(MYSQL_PREPARED_STATEMENT_CACHE);
    expect(cacheOf({})).toBe(16000);
  });
});
