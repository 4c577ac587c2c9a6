import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type ListQuery, notFound } from '@outreach/domain/common';
import type { municipalityInputSchema, MunicipalityView } from '@outreach/domain/municipalities';
import { DataSource, type FindOptionsWhere, In, Like, Not, type Repository } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import { idFilter, pageOptions } from '../../common/http/list-query';
import { HandlingRecordService } from '../handling-records/handling-record.service';
import { MunicipalityEntity } from './municipality.entity';

const toView = (m: MunicipalityEntity): MunicipalityView => ({ id: m.id, code: m.code, name: m.name, prefecture: m.prefecture });

export const MUNICIPALITY_LIST = {
  sortable: ['code', 'name', 'prefecture'],
  filterable: ['prefecture'],
  defaultSort: { field: 'code', order: 'ASC' as const },
};

/** Municipalities (tenants) are created by the installation's operator only. */
@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
    private readonly dataSource: DataSource,
    private readonly handling: HandlingRecordService,
  ) {}

  async list(query: ListQuery): Promise<{ data: MunicipalityView[]; total: number }> {
    const where: FindOptionsWhere<MunicipalityEntity> = {};
    const ids = idFilter(query.filter);
    if (ids) where.id = In(ids);
    if (typeof query.filter.prefecture === 'string') where.prefecture = query.filter.prefecture;
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) where.name = Like(`%${query.filter.q.trim()}%`);
    const [rows, total] = await this.municipalities.findAndCount({ where, ...pageOptions<MunicipalityEntity>(query) });
    return { data: rows.map(toView), total };
  }

  async get(id: string): Promise<MunicipalityView> {
    const m = await this.municipalities.findOne({ where: { id } });
    if (!m) throw notFound('自治体が見つかりません');
    return toView(m);
  }

  /** The municipalities' names, by id (the handling record's words for them). */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.municipalities.find({ select: { id: true, name: true }, where: { id: In([...ids]) } })).map((m) => [m.id, m.name]));
  }

  /** Which of these municipalities exist (organizations check the cities they name). */
  async existing(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return (await this.municipalities.find({ select: { id: true }, where: { id: In(ids) } })).map((m) => m.id);
  }

  private async assertCodeFree(code: string, exceptId?: string): Promise<void> {
    if (await this.municipalities.exists({ where: { code, ...(exceptId ? { id: Not(exceptId) } : {}) } })) {
      throw new DomainError('conflict', 'この団体コードはすでに登録されています', { code: 'この団体コードはすでに登録されています' });
    }
  }

  async create(actor: Actor, input: z.infer<typeof municipalityInputSchema>): Promise<MunicipalityView> {
    await this.assertCodeFree(input.code);
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(MunicipalityEntity).insert({ id, ...input });
      await this.handling.record(actor, { action: 'municipality.create', resourceType: 'municipality', resourceId: id, municipalityId: id }, m);
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, input: z.infer<typeof municipalityInputSchema>): Promise<MunicipalityView> {
    await this.get(id);
    await this.assertCodeFree(input.code, id);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(MunicipalityEntity).update({ id }, input);
      await this.handling.record(actor, { action: 'municipality.update', resourceType: 'municipality', resourceId: id, municipalityId: id }, m);
    });
    return this.get(id);
  }
}
