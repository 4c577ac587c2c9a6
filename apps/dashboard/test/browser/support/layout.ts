import type { Page } from 'playwright-core';

/**
 * Resolves once the page has had no request in flight for `quietMs`. Playwright's 'networkidle' is reached once
 * per document, and the dashboard navigates inside one document (hash routes), so each screen needs its own count.
 */
export function networkQuiet(page: Page): (quietMs?: number) => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const step = (delta: number) => () => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', step(1));
  page.on('requestfinished', step(-1));
  page.on('requestfailed', step(-1));
  return async (quietMs = 400) => {
    lastChange = Date.now();
    while (inFlight > 0 || Date.now() - lastChange < quietMs) await page.waitForTimeout(50);
  };
}

/**
 * What a phone (390 px) or a city office laptop (1366 px) must not show, read from the rendered page:
 * - sideways scroll: the document wider than the window;
 * - a primary action (the page's toolbar buttons, a form's submit) reaching past the window's left or right edge,
 *   or hidden under something else at its own centre (cut off by an overflowing neighbour);
 * - a control narrower than its label: a button, tab, chip or field label whose text is clipped (wider than the
 *   box that shows it) or a short label wrapped onto several lines (「日本語」 on three lines);
 * - a heading cut mid-character where it should end in 「…」 (the page title in a phone's app bar);
 * - a table cell squeezed below two characters' width (a column wrapping one character per line);
 * - a list whose columns do not fit: its last columns hidden in the list's own sideways scroll (on a laptop the
 *   table fits beside the sidebar; below 900 px each record is a block, `common/ListTable.tsx`).
 * - a link inside a link (a list's block wrapping a column that links by itself);
 * Each problem is one line naming the element by its text, so a failure reads like a list of screens to fix.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    const doc = document.documentElement;
    if (doc.scrollWidth > width) problems.push(`sideways scroll: the page is ${doc.scrollWidth} px wide in a ${width} px window`);

    const visible = (el: Element): el is HTMLElement => {
      if (!(el instanceof HTMLElement)) return false;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && el.closest('[aria-hidden="true"]') === null;
    };
    const name = (el: HTMLElement) => (el.innerText || el.getAttribute('aria-label') || el.getAttribute('title') || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);

    /** Lines the element's text takes: the distinct tops of its text nodes' line boxes (icons and ripples left out). */
    const textLines = (el: HTMLElement): number => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of Array.from(range.getClientRects())) if (box.width > 0) tops.add(Math.round(box.top / 4));
      }
      return tops.size;
    };

    const primary = document.querySelectorAll('.RaTopToolbar a, .RaTopToolbar button, .RaToolbar button, .RaList-actions a, .RaList-actions button, [data-primary-action], button[type="submit"]');
    for (const el of Array.from(primary)) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.left < -1 || rect.right > width + 1) {
        problems.push(`primary action 「${name(el)}」 outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} px of ${width})`);
        continue;
      }
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      if (y < 0 || y > height) continue; // below the fold: reached by scrolling down, which is fine
      // a disabled button lets the pointer through to its own container, which is not covering it
      const hit = document.elementFromPoint(x, y);
      const fixedOverlay = hit?.closest('.MuiBackdrop-root, .MuiSnackbar-root, .MuiDialog-root, .MuiPopover-root');
      if (hit && !el.contains(hit) && !hit.contains(el) && !fixedOverlay) problems.push(`primary action 「${name(el)}」 covered by 「${name(hit as HTMLElement)}」`);
    }

    const labelled = document.querySelectorAll('button, a.MuiButton-root, [role="tab"], .MuiChip-label, label.MuiInputLabel-root, .MuiFormControlLabel-label');
    for (const el of Array.from(labelled)) {
      if (!visible(el) || el.closest('.MuiDialog-root, .MuiPopover-root, .MuiTooltip-popper')) continue;
      const text = el.innerText.trim();
      if (el.matches('button, a.MuiButton-root, [role="tab"]') && text === '' && !el.getAttribute('aria-label') && !el.querySelector('svg')) {
        problems.push(`button without a label or icon (${Math.round(el.getBoundingClientRect().width)} px wide)`);
        continue;
      }
      if (text === '') continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`control narrower than its label: 「${name(el)}」 (${el.clientWidth} px shows ${el.scrollWidth} px)`);
      } else if (text.length <= 12 && !text.includes('\n') && el.matches('.MuiButton-root, .MuiToggleButton-root, [role="tab"], .MuiChip-label') && textLines(el) > 1) {
        problems.push(`control narrower than its label: 「${name(el)}」 wraps onto ${textLines(el)} lines`);
      }
    }

    // A heading wider than its box (the page title in the app bar above all) ends in 「…」 instead of being cut
    // mid-character: text-overflow ellipsis on the box, its text inline (an inline-block inside is clipped whole).
    for (const el of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      // (a 1-px box is a heading for screen readers only, clipped on purpose)
      if (!visible(el) || el.clientWidth <= 1 || el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).overflowX === 'visible') continue;
      const right = el.getBoundingClientRect().right;
      const clipped = (child: Element) => getComputedStyle(child).display !== 'inline' && child.getBoundingClientRect().right > right + 1;
      if (getComputedStyle(el).textOverflow !== 'ellipsis' || Array.from(el.querySelectorAll('*')).some(clipped)) {
        problems.push(`heading cut without 「…」: 「${name(el)}」 (${el.clientWidth} px shows ${el.scrollWidth} px)`);
      }
    }

    for (const cell of Array.from(document.querySelectorAll('th, td'))) {
      if (!visible(cell) || cell.innerText.trim().length < 3) continue;
      const style = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner < parseFloat(style.fontSize) * 2) problems.push(`table column too narrow: 「${name(cell)}」 in ${Math.round(inner)} px`);
    }
    for (const wrapper of Array.from(document.querySelectorAll('.RaDataTable-tableWrapper'))) {
      if (!visible(wrapper) || wrapper.scrollWidth <= wrapper.clientWidth + 1) continue;
      const header = Array.from(wrapper.querySelectorAll('th')).map((th) => (th as HTMLElement).innerText.trim()).filter(Boolean);
      problems.push(`list wider than the screen: 「${header.slice(0, 3).join('・')}…」 (${wrapper.clientWidth} px shows ${wrapper.scrollWidth} px)`);
    }
    for (const inner of Array.from(document.querySelectorAll('a a'))) problems.push(`link inside a link: 「${name(inner as HTMLElement)}」`);
    return Array.from(new Set(problems));
  });
}
