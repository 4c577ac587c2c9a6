import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core from the dashboard's own packages, evaluated in the page (nothing is fetched; the page's CSP stays on). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: JIS X 8341-3:2016 level AA (docs/accessibility.md). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * The justified exceptions, the one place they are listed (docs/accessibility.md repeats them for readers): an axe
 * rule, the elements it may fail on, and why that is acceptable. Empty today: every screen passes as it is.
 */
export const A11Y_EXCEPTIONS: ReadonlyArray<{ rule: string; target: RegExp; reason: string }> = [];

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: AxeNode[];
}

/**
 * Waits (at most 3 s) until no finite CSS transition or animation is running: a button caught halfway through MUI's
 * 250 ms colour transition (enabled after a save, hovered by the last click) reads as its in-between colours, and axe
 * then measured a contrast the screen never rests at (#d8e1eb on #397ac5, 3.33:1, in a CI run on a loaded machine).
 * Endless ones (progress bars, skeletons) are not waited for.
 */
async function transitionsSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 3000, polling: 50 },
    )
    .catch(() => undefined); // still moving after 3 s: check the page as it is
}

/**
 * What an office worker with low vision, a keyboard or a screen reader would meet on the page as it stands, in
 * words a failing test can print:
 * - every WCAG 2.1 A/AA violation axe-core finds (contrast, names, labels, roles, ARIA), unless listed above;
 * - the page's structure: exactly one visible h1, a main landmark, a Japanese (or English) `lang` on the document.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await transitionsSettled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((result) => result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }))),
    [...WCAG_AA_TAGS],
  );
  const problems: string[] = [];
  for (const violation of violations) {
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      if (A11Y_EXCEPTIONS.some((exception) => exception.rule === violation.id && exception.target.test(target))) continue;
      const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
      problems.push(`${violation.id} (${violation.impact ?? 'unknown'}) at ${target}: ${why}`);
    }
  }
  const structure = await page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return {
      h1: [...document.querySelectorAll('h1')].filter(visible).map((h) => (h.textContent ?? '').trim()),
      main: document.querySelectorAll('main, [role="main"]').length,
      lang: document.documentElement.lang,
    };
  });
  if (structure.h1.length !== 1) problems.push(`the page has ${structure.h1.length} visible h1 (${structure.h1.map((h) => `「${h}」`).join(', ')}), not one`);
  else if (!structure.h1[0]) problems.push('the page’s h1 is empty');
  if (structure.main < 1) problems.push('the page has no main landmark');
  if (!/^(ja|en)\b/.test(structure.lang)) problems.push(`the document's lang is 「${structure.lang}」`);
  return problems;
}
