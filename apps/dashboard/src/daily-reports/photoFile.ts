/** Largest photo the API takes (its MAX_PHOTO_BYTES). */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** What the API decodes (it checks the bytes, not the name or type). */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Why a file is not uploaded, as a translation key, or undefined when it may go (the API checks the bytes again). */
export function photoFileProblem(file: { type: string; size: number }): 'notImage' | 'tooLarge' | 'empty' | undefined {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) return 'notImage';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_PHOTO_BYTES) return 'tooLarge';
  return undefined;
}
