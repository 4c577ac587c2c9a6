import type { DatabaseKind } from '@outreach/domain/health';
import type { DataSource } from 'typeorm';

export function databaseKind(dataSource: DataSource): DatabaseKind {
  const type = dataSource.options.type;
  return type === 'mariadb' ? 'mariadb' : type === 'mysql' ? 'mysql' : 'sqlite';
}
