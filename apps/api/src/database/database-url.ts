import type { DatabaseKind } from '@outreach/domain/health';

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** For logs: the URL without its password. */
  display: string;
  host?: string;
  port?: number;
  username?: string;
  password?: string;
  database?: string;
  /** SQLite only. */
  file?: string;
}

/** DATABASE_URL unset → embedded SQLite; mysql:// → MySQL 8; mariadb:// → MariaDB. */
export function parseDatabaseUrl(url: string | undefined, sqlitePath: string): DatabaseTarget {
  if (!url) return { kind: 'sqlite', display: `sqlite:${sqlitePath}`, file: sqlitePath };
  const u = new URL(url);
  const kind = u.protocol === 'mariadb:' ? 'mariadb' : 'mysql';
  const masked = new URL(url);
  if (masked.password) masked.password = '***';
  return {
    kind,
    display: masked.toString(),
    host: u.hostname,
    port: u.port ? Number(u.port) : 3306,
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')),
  };
}

/**
 * How the app's mysql2 connections read values (data-source.ts), shared with the export worker's own connection
 * (export-connection.ts), so both see the same rows: utf8mb4 compared byte-wise, datetimes as UTC Dates, integers
 * as numbers.
 */
export const MYSQL_READ_OPTIONS = { charset: 'utf8mb4_bin', timezone: 'Z', dateStrings: false, supportBigNumbers: true, bigNumberStrings: false } as const;
