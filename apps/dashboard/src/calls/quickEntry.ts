import { CALL_CATEGORIES, CALL_OUTCOMES, type CallCategory, type CallOutcome } from '@outreach/domain/calls';

/**
 * The quick-entry widget's keyboard: 1–6 picks the category, then 1–5 the outcome, which logs the call;
 * Escape drops a picked category. The digit shown on each button is its place in the list shown: the domain's, or
 * the program's outcomes (callOutcomesOf: no 予約成立 where no visit is booked).
 */
export type QuickEntryCommand =
  | { type: 'category'; category: CallCategory }
  | { type: 'log'; category: CallCategory; outcome: CallOutcome }
  | { type: 'cancel' };

/** The key shown on the n-th (0-based) button. */
export function shortcutOf(index: number): string {
  return String(index + 1);
}

/** What a key press does, given the category picked so far; undefined when the key means nothing here. */
export function quickEntryCommand(key: string, picked: CallCategory | null, outcomes: readonly CallOutcome[] = CALL_OUTCOMES): QuickEntryCommand | undefined {
  if (key === 'Escape') return picked ? { type: 'cancel' } : undefined;
  const digit = key.normalize('NFKC'); // full-width digits typed with the Japanese input method on
  if (!/^[1-9]$/.test(digit)) return undefined;
  const index = Number(digit) - 1;
  if (picked === null) {
    const category = CALL_CATEGORIES[index];
    return category ? { type: 'category', category } : undefined;
  }
  const outcome = outcomes[index];
  return outcome ? { type: 'log', category: picked, outcome } : undefined;
}

/** The parts of a keydown event that decide whether the widget may take it. */
export interface KeyEventLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  target: { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null;
}

/**
 * Whether a key press is for the widget: not while the user types in a field (the note, a filter, a form),
 * not with a modifier held, not while the input method composes, and not inside an open dialog.
 */
export function isWidgetKey(event: KeyEventLike): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return false;
  const target = event.target;
  if (!target) return true;
  if (target.isContentEditable) return false;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return false;
  return !target.closest?.('[role="dialog"], [role="listbox"], [role="menu"]');
}
