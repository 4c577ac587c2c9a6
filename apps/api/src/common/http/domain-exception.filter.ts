import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, type DomainErrorCode } from '@outreach/domain/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

const STATUS: Record<DomainErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  invalid: 422,
  too_many_requests: 429,
};

const HTTP_MESSAGES: Record<number, string> = {
  400: 'リクエストの形式が正しくありません',
  401: 'ログインしてください',
  403: 'この操作を行う権限がありません',
  404: '対象のデータが見つかりません',
  405: 'この操作はできません',
  409: '他の操作と競合しました。画面を更新してやり直してください',
  413: 'データが大きすぎます',
  415: 'この形式のデータは受け付けられません',
  422: '入力内容を確認してください',
  429: '操作が多すぎます。しばらくしてからお試しください',
};

/** Unique-key violations from MySQL/MariaDB (ER_DUP_ENTRY) and SQLite (SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY). */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const d = e.driverError as { code?: string; errno?: number } | undefined;
  return d?.code === 'ER_DUP_ENTRY' || d?.code === 'SQLITE_CONSTRAINT_UNIQUE' || d?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * The one place where errors become HTTP responses, always { message, errors: { field: message } }.
 * Unknown errors are a 500 with the request id and nothing internal; the log line carries the stack, never
 * the request body.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();

    if (exception instanceof DomainError) {
      res.status(STATUS[exception.code]).json({ message: exception.message, errors: exception.errors, ...(exception.details ?? {}) });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const errors = typeof body === 'object' && body && 'errors' in body ? (body as { errors: Record<string, string> }).errors : {};
      // multer's size limit: every upload of ours is the field `file`, so the dashboard shows it beside the input.
      if (status === HttpStatus.PAYLOAD_TOO_LARGE && exception.message === 'File too large') errors.file = 'ファイルが大きすぎます（上限を超えています）';
      res.status(status).json({ message: HTTP_MESSAGES[status] ?? exception.message, errors });
      return;
    }
    if (isUniqueViolation(exception)) {
      res.status(HttpStatus.CONFLICT).json({ message: 'すでに登録されています', errors: {} });
      return;
    }
    // body-parser's errors (too large, bad JSON) carry a status.
    const status = (exception as { status?: number; statusCode?: number })?.status ?? (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ message: HTTP_MESSAGES[status] ?? HTTP_MESSAGES[400], errors: {} });
      return;
    }
    this.logger.error(`request ${req.id ?? '-'} ${req.method} ${req.route?.path ?? ''} failed: ${(exception as Error)?.stack ?? String(exception)}`);
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      message: `システムエラーが発生しました（受付番号: ${req.id ?? '-'}）。時間をおいて再度お試しください`,
      errors: {},
      requestId: req.id,
    });
  }
}
