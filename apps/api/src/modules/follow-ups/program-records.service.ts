import { randomUUID } from 'node:crypto';
import { type DateKey, jstDateKey, type ListQuery } from '@outreach/domain/common';
import { type DataSource, type FindOptionsWhere, In, type ObjectLiteral, type Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { dateParam, dateRange, idFilter, pageOptions } from '../../common/http/list-query';
import type { HandlingRecordService } from '../handling-records/handling-record.service';
import type { ProgramScopeService } from '../programs/program-scope.service';

type Row = ObjectLiteral & { id: string; programId: string };

/**
 * Create, read, update for records that belong to one program (defects, inquiries): the program scope decides
 * who sees them (someone else's is a 404), every change is in the handling record.
 */
export class ProgramRecords<E extends Row, V> {
  constructor(
    private readonly repo: Repository<E>,
    private readonly deps: { scope: ProgramScopeService; handling: HandlingRecordService; dataSource: DataSource },
    private readonly spec: {
      resource: string;
      dateColumn: keyof E & string;
      notFound: string;
      filters: ReadonlyArray<keyof E & string>;
      toView: (e: E) => V;
      /** Ids inside the body that must belong to the same program (404 otherwise, as for an id in the path). */
      checkRefs?: (values: Partial<E>, programId: string) => Promise<void>;
    },
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<{ data: V[]; total: number }> {
    const visible = await this.deps.scope.visibleProgramIds(actor);
    const f = query.filter;
    const where: Record<string, unknown> = { programId: In(typeof f.programId === 'string' ? visible.filter((v) => v === f.programId) : visible) };
    const ids = idFilter(f);
    if (ids) where.id = In(ids);
    for (const key of this.spec.filters) if (f[key] !== undefined) where[key] = f[key];
    const range = dateRange(dateParam(f.from, 'from'), dateParam(f.to, 'to'));
    if (range) where[this.spec.dateColumn] = range;
    const [rows, total] = await this.repo.findAndCount({ where: where as FindOptionsWhere<E>, ...pageOptions<E>(query) });
    return { data: rows.map(this.spec.toView), total };
  }

  /** The records' days in Japan, by id (what the handling record names one by: its contents may name a resident). */
  async days(programId: string, ids: readonly string[]): Promise<Map<string, DateKey>> {
    if (!ids.length) return new Map();
    const rows = await this.repo.find({ where: { programId, id: In([...ids]) } as FindOptionsWhere<E> });
    return new Map(rows.map((r) => {
      const day: unknown = r[this.spec.dateColumn];
      return [r.id, day instanceof Date ? jstDateKey(day) : String(day)];
    }));
  }

  async find(actor: Actor, id: string): Promise<E> {
    const row = await this.repo.findOne({ where: { id } as FindOptionsWhere<E> });
    return (await this.deps.scope.withProgram(actor, row, this.spec.notFound)).record;
  }

  async get(actor: Actor, id: string): Promise<V> {
    return this.spec.toView(await this.find(actor, id));
  }

  async create(actor: Actor, programId: string, values: Partial<E>): Promise<V> {
    await this.deps.scope.visibleProgram(actor, programId);
    await this.spec.checkRefs?.(values, programId);
    const id = randomUUID();
    await this.deps.dataSource.transaction(async (m) => {
      await m.getRepository<E>(this.repo.target).insert({ ...values, id, programId } as unknown as E);
      await this.deps.handling.record(actor, { action: `${this.spec.resource}.create`, resourceType: this.spec.resource, resourceId: id, programId }, m);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, values: Partial<E>): Promise<V> {
    const current = await this.find(actor, id);
    await this.spec.checkRefs?.(values, current.programId);
    await this.deps.dataSource.transaction(async (m) => {
      await m.getRepository<E>(this.repo.target).update({ id } as FindOptionsWhere<E>, values as never);
      await this.deps.handling.record(actor, { action: `${this.spec.resource}.update`, resourceType: this.spec.resource, resourceId: id, programId: current.programId }, m);
    });
    return this.get(actor, id);
  }
}
