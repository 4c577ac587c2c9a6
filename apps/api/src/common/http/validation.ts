import { type ArgumentMetadata, StandardSchemaValidationPipe } from '@nestjs/common';
import { cleanInput, DomainError, issuesToFieldErrors } from '@outreach/domain/common';

/**
 * Every @Body and @Query first goes through the domain's `cleanInput` (NFC, no control or bidi characters, no
 * prototype keys, capped arrays and nesting), then through its zod schema when it declares one; failures are a
 * 400 naming each field.
 */
class CleaningValidationPipe extends StandardSchemaValidationPipe {
  override transform<T = unknown>(value: T, metadata: ArgumentMetadata): Promise<T> {
    if (metadata.type !== 'body' && metadata.type !== 'query') return super.transform(value, metadata);
    const cleaned = cleanInput(value);
    if (Object.keys(cleaned.errors).length) return Promise.reject(new DomainError('bad_request', '入力内容を確認してください', cleaned.errors));
    return super.transform(cleaned.value as T, metadata);
  }
}

export function validationPipe(): StandardSchemaValidationPipe {
  return new CleaningValidationPipe({
    exceptionFactory: (issues) => {
      const errors = issuesToFieldErrors(issues);
      return new DomainError('bad_request', '入力内容を確認してください', errors);
    },
  });
}
