import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/** What a list handler returns: react-admin wants the bare array and the total in X-Total-Count. */
export class ListResult<T> {
  constructor(
    readonly data: T[],
    readonly total: number,
  ) {}
}

@Injectable()
export class ListResultInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof ListResult)) return value;
        context.switchToHttp().getResponse<Response>().setHeader('X-Total-Count', String(value.total));
        return value.data;
      }),
    );
  }
}
