import { HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import type { ListResult } from './list-result';

type Handler<T> = (...args: never[]) => T | Promise<T>;
type RouteDecorator<T> = <H extends Handler<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => void;

/** The status Nest answers with: the route's @HttpCode, otherwise 201 for POST and 200 for the rest. */
function successStatus(handler: unknown, key: string | symbol): number {
  const method = Reflect.getMetadata(METHOD_METADATA, handler as object) as RequestMethod | undefined;
  if (method === undefined) throw new Error(`@Responds… on ${String(key)} goes above the route decorator (@Get, @Post…) and its @HttpCode`);
  return (Reflect.getMetadata(HTTP_CODE_METADATA, handler as object) as number | undefined) ?? (method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
}

function documented<T>(response: Parameters<typeof ApiResponse>[0]): RouteDecorator<T> {
  return (target, key, descriptor) => {
    ApiResponse({ ...response, status: successStatus(descriptor.value, key), description: '' } as Parameters<typeof ApiResponse>[0])(target, key, descriptor);
  };
}

/**
 * The route's 2xx body is the domain's view `schema` (`@outreach/domain/<feature>`): /api/docs documents it from
 * that schema, and the handler must return its type (`z.output<typeof schema>`), so docs, API and dashboard
 * read one definition. Goes above the route decorator (@Get, @Post…) and its @HttpCode.
 */
export function Responds<S extends z.ZodType>(schema: S): RouteDecorator<z.output<S>> {
  return documented({ standardSchema: schema });
}

/** A react-admin list: a bare array of `schema` rows, the total in X-Total-Count (see ListResult). */
export function RespondsList<S extends z.ZodType>(schema: S): RouteDecorator<ListResult<z.output<S>>> {
  return documented({ standardSchema: schema, isArray: true, headers: { 'X-Total-Count': { description: '絞り込み後の件数', schema: { type: 'integer' } } } });
}

/** A file download (Excel, a photo): documented as binary of the given media type. */
export function RespondsFile(mediaType: string): RouteDecorator<void> {
  const response = documented<void>({ schema: { type: 'string', format: 'binary' } });
  return (target, key, descriptor) => {
    response(target, key, descriptor);
    ApiProduces(mediaType)(target, key, descriptor);
  };
}
