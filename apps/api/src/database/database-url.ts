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
