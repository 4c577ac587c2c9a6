import { type KeyboardEvent, useCallback, useState } from 'react';

/** Moves the focus to a field by its DOM id; on a group's container, to the group's tabbable input. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.matches('input, textarea, select, button, [tabindex]:not([tabindex="-1"])')
    ? el
    : el.querySelector<HTMLElement>('input:not([tabindex="-1"]), textarea, button:not([tabindex="-1"]), [tabindex="0"]');
  target?.focus();
}

/** An Enter that ends an IME conversion is not an Enter the operator meant for the screen. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.nativeEvent.isComposing && event.keyCode !== 229 && !event.shiftKey && !event.altKey;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * A roving tab stop (WAI-ARIA): a group of checkboxes or toggles is one stop in the tab order, the arrows move
 * within it, Space ticks. So an operator tabs past 18 identity documents with one key.
 */
export function useRoving(count: number, idOf: (index: number) => string) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  const focusAt = useCallback(
    (index: number) => {
      const i = (index + count) % count;
      setActive(i);
      document.getElementById(idOf(i))?.focus();
    },
    [count, idOf],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (count === 0) return;
      let target: number | undefined;
      if (NEXT.has(event.key)) target = current + 1;
      else if (PREVIOUS.has(event.key)) target = current - 1;
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = count - 1;
      if (target === undefined) return;
      event.preventDefault();
      focusAt(target);
    },
    [count, current, focusAt],
  );
  return { tabIndexOf: (i: number) => (i === current ? 0 : -1), onFocusAt: setActive, onKeyDown, focusAt, active: current };
}
