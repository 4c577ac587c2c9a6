import { Body, Inject, Param, Query, type Type } from '@nestjs/common';
import type { Permission } from '@outreach/domain/auth';
import { type ListQuery, type ListSpec, parseListQuery } from '@outreach/domain/common';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/decorators';
import { ListResult } from './list-result';
import { Route } from './route';

/** What a plain resource's service offers: a list, one row, a create and an update, each seen by an actor. */
export interface ResourceService<V, C, U> {
  list(actor: Actor, query: ListQuery): Promise<{ data: V[]; total: number }>;
  get(actor: Actor, id: string): Promise<V>;
  create(actor: Actor, input: C): Promise<V>;
  update(actor: Actor, id: string, input: U): Promise<V>;
}

/** A program's records (ProgramRecords and the like): created in the program the body names. */
export interface ProgramRecordService<V, X> {
  list(actor: Actor, query: ListQuery): Promise<{ data: V[]; total: number }>;
  get(actor: Actor, id: string): Promise<V>;
  create(actor: Actor, programId: string, values: X): Promise<V>;
  update(actor: Actor, id: string, values: X): Promise<V>;
}

/** The four routes over a program's records: POST creates in the body's `programId`, both writes store `values(body)`. */
export function inProgram<V, X, U>(records: ProgramRecordService<V, X>, values: (body: U) => X): ResourceService<V, U & { programId: string }, U> {
  return {
    list: (actor, query) => records.list(actor, query),
    get: (actor, id) => records.get(actor, id),
    create: (actor, body) => records.create(actor, body.programId, values(body)),
    update: (actor, id, body) => records.update(actor, id, values(body)),
  };
}

export interface ResourceSpec<V extends z.ZodType, C extends z.ZodType, U extends z.ZodType, S> {
  /** The injected service; `routes` says how the four routes call it (`(users) => users` when it has them as they are). */
  service: Type<S>;
  routes: (service: S) => ResourceService<z.output<V>, z.output<C>, z.output<U>>;
  /** The row every route answers with (`@outreach/domain/<feature>`). */
  view: V;
  list: ListSpec;
  /** Needed for GET / and GET /:id. */
  read: Permission;
  /** Needed for POST / and PUT /:id. */
  manage: Permission;
  create: C;
  update: U;
}

/**
 * The four routes of a plain resource (GET /, GET /:id, POST /, PUT /:id), written once: the resource's controller
 * extends this with its @ApiTags and @Controller and adds only what is its own. A resource whose routes differ
 * (other arguments, program scope) keeps its own handlers.
 */
export function ResourceController<V extends z.ZodType, C extends z.ZodType, U extends z.ZodType, S>(
  spec: ResourceSpec<V, C, U, S>,
) {
  class Resource {
    readonly routes: ResourceService<z.output<V>, z.output<C>, z.output<U>>;

    constructor(@Inject(spec.service) readonly service: S) {
      this.routes = spec.routes(service);
    }

    @Route.get({ allow: spec.read, list: spec.view })
    async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListResult<z.output<V>>> {
      const { data, total } = await this.routes.list(actor, parseListQuery(query, spec.list));
      return new ListResult(data, total);
    }

    @Route.get(':id', { allow: spec.read, responds: spec.view })
    get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<z.output<V>> {
      return this.routes.get(actor, id);
    }

    @Route.post({ allow: spec.manage, responds: spec.view })
    create(@CurrentActor() actor: Actor, @Body({ schema: spec.create }) body: z.output<C>): Promise<z.output<V>> {
      return this.routes.create(actor, body);
    }

    @Route.put(':id', { allow: spec.manage, responds: spec.view })
    update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body({ schema: spec.update }) body: z.output<U>): Promise<z.output<V>> {
      return this.routes.update(actor, id, body);
    }
  }
  return Resource;
}
