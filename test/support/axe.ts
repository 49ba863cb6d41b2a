/**
 * axe-core in a real page, and the page-level reflow check (WCAG 1.4.10). axe is evaluated
 * through the DevTools protocol rather than added as a <script>: the app's CSP allows no
 * inline script, and the page should be audited under the CSP it really runs with.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';

/** axe's impact levels, worst first. */
export type Impact = NonNullable<ImpactValue>;
export const IMPACTS: Impact[] = ['critical', 'serious', 'moderate', 'minor'];
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: what the Norwegian universal-design regulation requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule broken on one page run, with up to five of the elements that break it. */
export interface Violation {
  rule: string;
  impact: Impact;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG A/AA rules) on the page as it is now. */
export async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'minor', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
  return violations as Violation[];
}

/** The page's width in CSS pixels at a viewport `width` wide (more than `width` means it scrolls sideways). */
export async function pageWidthAt(page: Page, width: number): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: before?.height ?? 800 });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (before) await page.setViewportSize(before);
  return scrollWidth;
}

/** Counts by impact, for the summary table. */
export type ImpactCounts = Record<Impact, number>;

export const countByImpact = (violations: Violation[]): ImpactCounts => {
  const counts: ImpactCounts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact] += 1;
  return counts;
};
