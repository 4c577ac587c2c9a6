import { Delete, Get, HttpCode, HttpStatus, Post, Put, SetMetadata } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { type Allow, PROGRAM_PARAM, ROUTE_ALLOW } from '../auth/decorators';
import type { ListResult } from './list-result';

interface RouteOptions {
  /** Who may call it: a permission, `signed-in` or `public` (common/auth/decorators.ts). */
  allow: Allow;
  /** The route acts on the program in `:programId`: it must be visible to the actor, or the answer is a 404. */
  program?: true;
  /** When the answer is not Nest's usual one (201 for POST, 200 otherwise): 200 for a POST that creates nothing. */
  status?: 200 | 202 | 204;
}

/** What the 2xx body is, from the domain's view schemas (`@outreach/domain/<feature>`), for /api/docs and the handler's type. */
type Answer =
  /** One `schema`. */
  | { responds: z.ZodType; list?: never; file?: never }
  /** A react-admin list: a bare array of `schema` rows, the total in X-Total-Count (see ListResult). */
  | { list: z.ZodType; responds?: never; file?: never }
  /** A file download (Excel, a photo) of this media type (or one of these), documented as binary. */
  | { file: string | readonly string[]; responds?: never; list?: never }
  /** Nothing documented (the handler's own answer). */
  | { responds?: never; list?: never; file?: never };

/** The handler's return type the answer implies, so that docs, API and dashboard read one definition. */
type Returned<O> = O extends { responds: infer S extends z.ZodType }
  ? z.output<S>
  : O extends { list: infer S extends z.ZodType }
    ? ListResult<z.output<S>>
    : O extends { file: string | readonly string[] }
      ? void
      : unknown;

type Handler<T> = (...args: never[]) => T | Promise<T>;
type RouteDecorator<T> = <H extends Handler<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => void;

const METHODS = { get: Get, post: Post, put: Put, delete: Delete } as const;

function route(method: keyof typeof METHODS) {
  function decorate<O extends RouteOptions & Answer>(options: O): RouteDecorator<Returned<O>>;
  function decorate<O extends RouteOptions & Answer>(path: string, options: O): RouteDecorator<Returned<O>>;
  function decorate<O extends RouteOptions & Answer>(pathOrOptions: string | O, maybeOptions?: O): RouteDecorator<Returned<O>> {
    const [path, options] = typeof pathOrOptions === 'string' ? [pathOrOptions, maybeOptions as O] : [undefined, pathOrOptions];
    const status = options.status ?? (method === 'post' ? HttpStatus.CREATED : HttpStatus.OK);
    const decorators: MethodDecorator[] = [METHODS[method](path)];
    if (options.status !== undefined) decorators.push(HttpCode(options.status));
    decorators.push(SetMetadata(ROUTE_ALLOW, options.allow));
    if (options.program) decorators.push(SetMetadata(PROGRAM_PARAM, 'programId'));
    const documented = (response: object) => decorators.push(ApiResponse({ ...response, status, description: '' } as Parameters<typeof ApiResponse>[0]));
    if (options.responds) documented({ standardSchema: options.responds });
    else if (options.list) documented({ standardSchema: options.list, isArray: true, headers: { 'X-Total-Count': { description: '絞り込み後の件数', schema: { type: 'integer' } } } });
    else if (options.file) {
      documented({ schema: { type: 'string', format: 'binary' } });
      decorators.push(ApiProduces(...[options.file].flat()));
    }
    return (target, key, descriptor) => {
      for (const d of decorators) d(target, key, descriptor);
    };
  }
  return decorate;
}

/**
 * A route in one line: its method and path, who may call it, whether it acts on the program in the URL, its
 * status when not Nest's usual one, and its 2xx body — for example
 * `@Route.post(':id/submit', { allow: 'report.submit', status: 200, responds: callWeekViewSchema })`.
 * The access guard reads `allow` and `program`; /api/docs documents the body; the handler must return its type.
 */
export const Route = {
  get: route('get'),
  post: route('post'),
  put: route('put'),
  delete: route('delete'),
};
