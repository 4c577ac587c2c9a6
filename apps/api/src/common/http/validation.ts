import { StandardSchemaValidationPipe } from '@nestjs/common';
import { DomainError, issuesToFieldErrors } from '@outreach/domain';

/** Validates every @Body/@Query/@Param that declares a zod schema; failures are a 400 naming each field. */
export function validationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => {
      const errors = issuesToFieldErrors(issues);
      return new DomainError('bad_request', '入力内容を確認してください', errors);
    },
  });
}
