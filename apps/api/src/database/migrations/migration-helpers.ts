import { type ColumnOptions, type QueryRunner, Table, TableColumn, type TableColumnOptions } from 'typeorm';

/** A table column from the same `col.*` shape the entities use (lengths are strings in TableColumnOptions). */
export function column(name: string, options: ColumnOptions, extra: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return {
    name,
    type: String(options.type),
    length: options.length !== undefined ? String(options.length) : undefined,
    precision: options.precision ?? undefined,
    isNullable: options.nullable ?? false,
    ...extra,
  };
}

export function primary(name: string, options: ColumnOptions): TableColumnOptions {
  return column(name, options, { isPrimary: true });
}

/** created_at / updated_at as CreateDateColumn / UpdateDateColumn declare them on each driver. */
export function timestamps(queryRunner: QueryRunner): TableColumnOptions[] {
  const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
  const now = sqlite ? "datetime('now')" : 'CURRENT_TIMESTAMP(6)';
  return [
    { name: 'created_at', type: 'datetime', precision: 6, isNullable: false, default: now },
    { name: 'updated_at', type: 'datetime', precision: 6, isNullable: false, default: now, onUpdate: sqlite ? undefined : 'CURRENT_TIMESTAMP(6)' },
  ];
}

/** MySQL/MariaDB tables are utf8mb4 with byte-wise comparison (see ADR 0003). */
export function tableOf(queryRunner: QueryRunner, options: ConstructorParameters<typeof Table>[0]): Table {
  const t = new Table(options);
  if (queryRunner.connection.options.type !== 'better-sqlite3') t.engine = 'InnoDB';
  return t;
}

export { TableColumn };
