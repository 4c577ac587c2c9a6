import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** SQLite's default limit of bound parameters per statement is 32,766; stay under it. */
const SQLITE_MAX_PARAMS = 32_000;

/**
 * Fast bulk inserts for the generator: rows shaped like the entities (so the compiler checks every field),
 * turned into one multi-row INSERT per chunk of about 1,000 rows, one transaction per chunk. Values go through
 * the entity's column metadata: transformers (JSON text), booleans as 0/1, instants as UTC
 * 'YYYY-MM-DD HH:MM:SS.mmm' — what TypeORM itself writes on both drivers.
 *
 * Rows are buffered per table; a table is flushed when its buffer is full, after the tables it references
 * (`dependsOn`), so foreign keys hold at every commit.
 */
export class BulkInserter {
  private readonly buffers = new Map<EntityTarget<ObjectLiteral>, ObjectLiteral[]>();
  private readonly order: Array<EntityTarget<ObjectLiteral>> = [];
  readonly inserted = new Map<string, number>();
  statements = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly dependsOn: ReadonlyMap<EntityTarget<ObjectLiteral>, ReadonlyArray<EntityTarget<ObjectLiteral>>> = new Map(),
    private readonly chunkRows = 1000,
  ) {}

  async add<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: T | T[]): Promise<void> {
    const target = entity as EntityTarget<ObjectLiteral>;
    let buffer = this.buffers.get(target);
    if (!buffer) {
      buffer = [];
      this.buffers.set(target, buffer);
      this.order.push(target);
    }
    for (const row of Array.isArray(rows) ? rows : [rows]) {
      buffer.push(row);
      if (buffer.length >= this.chunkFor(target)) await this.flush(target);
    }
  }

  /** Writes one table's buffer, after the buffers of the tables it references. */
  async flush(entity: EntityTarget<ObjectLiteral>): Promise<void> {
    for (const parent of this.dependsOn.get(entity) ?? []) await this.flush(parent);
    const buffer = this.buffers.get(entity);
    if (!buffer?.length) return;
    const rows = buffer.splice(0, buffer.length);
    const chunk = this.chunkFor(entity);
    for (let i = 0; i < rows.length; i += chunk) await this.insert(entity, rows.slice(i, i + chunk));
  }

  /** Everything still buffered, in the order the tables were first used (parents first). */
  async flushAll(): Promise<void> {
    for (const entity of this.order) await this.flush(entity);
  }

  private chunkFor(entity: EntityTarget<ObjectLiteral>): number {
    if (this.ds.options.type !== 'better-sqlite3') return this.chunkRows;
    return Math.min(this.chunkRows, Math.floor(SQLITE_MAX_PARAMS / this.ds.getMetadata(entity).columns.length));
  }

  private async insert(entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<void> {
    const meta = this.ds.getMetadata(entity);
    const { sql, params } = insertStatement(this.ds, meta, rows);
    await this.ds.transaction((m) => m.query(sql, params));
    this.statements++;
    this.inserted.set(meta.tableName, (this.inserted.get(meta.tableName) ?? 0) + rows.length);
  }
}

function insertStatement(ds: DataSource, meta: EntityMetadata, rows: ObjectLiteral[]): { sql: string; params: unknown[] } {
  const columns = meta.columns;
  const names = columns.map((c) => ds.driver.escape(c.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const params: unknown[] = [];
  for (const row of rows) {
    for (const c of columns) {
      let v: unknown = row[c.propertyName];
      const transformer = Array.isArray(c.transformer) ? c.transformer[0] : c.transformer;
      if (transformer) v = transformer.to(v);
      if (v === undefined) v = null;
      if (typeof v === 'boolean') v = v ? 1 : 0;
      if (v instanceof Date) v = utcDatetime(v);
      params.push(v);
    }
  }
  return { sql: `INSERT INTO ${ds.driver.escape(meta.tableName)} (${names}) VALUES ${rows.map(() => tuple).join(', ')}`, params };
}

/** 'YYYY-MM-DD HH:MM:SS.mmm' in UTC: the connection runs in UTC on MariaDB, and TypeORM reads SQLite's as UTC. */
function utcDatetime(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}
