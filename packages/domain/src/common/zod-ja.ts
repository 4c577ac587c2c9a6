import { z } from 'zod';

/** Zod's own messages in Japanese, for both apps; field-specific messages in schemas override them. */
export function useJapaneseZodMessages(): void {
  z.config(z.locales.ja());
}
