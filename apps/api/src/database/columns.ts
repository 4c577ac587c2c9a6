import { type ColumnOptions, JoinColumn, ManyToOne, type ObjectType, OneToOne } from 'typeorm';

/**
 * Column shapes that travel across SQLite, MySQL 8 and MariaDB unchanged. Entities and migrations both use
 * them, so an entity and the schema its migration creates cannot drift apart.
 *  - ids are UUID strings (ADR 0002): not guessable across tenants;
 *  - calendar dates are 'YYYY-MM-DD' strings computed in JST by the domain (no driver date conversion);
 *  - instants are UTC datetimes with milliseconds;
 *  - enums are varchar validated by zod; codes and unique keys compare byte-wise (utf8mb4_bin on MySQL).
 */
export const col = {
  id: () => ({ type: 'varchar' as const, length: 36 }),
  ref: <N extends boolean = false>(nullable?: N) => ({ type: 'varchar' as const, length: 36, nullable: (nullable ?? false) as N }),
  text: <N extends boolean = false>(length: number, nullable?: N) => ({ type: 'varchar' as const, length, nullable: (nullable ?? false) as N }),
  longText: <N extends boolean = true>(nullable?: N) => ({ type: 'text' as const, nullable: (nullable ?? true) as N }),
  enum: <N extends boolean = false>(nullable?: N) => ({ type: 'varchar' as const, length: 40, nullable: (nullable ?? false) as N }),
  date: <N extends boolean = false>(nullable?: N) => ({ type: 'varchar' as const, length: 10, nullable: (nullable ?? false) as N }),
  instant: <N extends boolean = false>(nullable?: N) => ({ type: 'datetime' as const, precision: 3, nullable: (nullable ?? false) as N }),
  /** created_at / updated_at: TypeORM's MySQL default is CURRENT_TIMESTAMP(6), so these carry precision 6 everywhere. */
  stamp: () => ({ type: 'datetime' as const, precision: 6 }),
  int: <N extends boolean = false>(nullable?: N) => ({ type: 'integer' as const, nullable: (nullable ?? false) as N }),
  bool: () => ({ type: 'boolean' as const }),
  json: () => ({ type: 'text' as const }),
} satisfies Record<string, (...args: never[]) => ColumnOptions>;

/** JSON kept in a text column (JSON columns and JSON-path queries are not portable; we never query inside). */
export const jsonText = <T>(fallback: T) => ({
  to: (value: T | undefined) => JSON.stringify(value ?? fallback),
  from: (value: string | null): T => (value ? (JSON.parse(value) as T) : fallback),
});

/**
 * A foreign key from `column` to another table's id, and the relation joins read it by: under a constraint name of
 * our own (the same on every database, so migrations name it too), deleted with the row it refers to (`CASCADE`),
 * keeping that row from being deleted (`RESTRICT`) or let go of (`SET NULL`). Ids never change, so an update takes no
 * action. `one`: at most one row refers to each (a booking's personal data, its facility coordination).
 */
export function References<T>(
  entity: () => ObjectType<T>,
  key: { column: string; constraint: string; onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL'; nullable?: true; one?: true },
): PropertyDecorator {
  const options = { onDelete: key.onDelete, onUpdate: 'NO ACTION' as const, ...(key.nullable ? { nullable: true } : {}) };
  const relation = key.one ? OneToOne(entity, options) : ManyToOne(entity, options);
  const join = JoinColumn({ name: key.column, foreignKeyConstraintName: key.constraint });
  return (target, property) => {
    join(target, property);
    relation(target, property);
  };
}
