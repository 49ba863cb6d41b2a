/** The accessibility test's findings: page runs, what counts as a failure, known issues and the log's table. */
import { countByImpact, IMPACTS, type Violation } from './axe.ts';

/** One page (or page state) audited. */
export interface Run {
  name: string;
  violations: Violation[];
  /** The page's width with a 320 px viewport, or undefined where reflow was not measured. */
  width?: number;
}

/**
 * A failure another branch is fixing: shown in the table, not failed, and it must still
 * occur (an entry that matches nothing fails, so it is deleted once the fix is merged).
 * `rule` is an axe rule id or `reflow`; `page` matches the run's name, `target` every element.
 */
export interface Known {
  rule: string;
  page?: RegExp;
  target?: RegExp;
  owner: string;
}

/** WCAG 1.4.10: content reflows at 320 CSS pixels (1280 px at 400 % zoom). */
export const REFLOW_WIDTH = 320;

const blocking = (v: Violation) => v.impact === 'critical' || v.impact === 'serious';

const matches = (known: Known, run: Run, rule: string, targets: string[]) =>
  known.rule === rule && (known.page?.test(run.name) ?? true) && targets.every((t) => known.target?.test(t) ?? true);

/** Critical and serious violations and sideways scroll at 320 px, less the known ones, as readable lines. */
export function failures(runs: Run[], known: readonly Known[]): string[] {
  return runs.flatMap((run) => {
    const axe = run.violations.filter(blocking).filter((v) => !known.some((k) => matches(k, run, v.rule, v.targets)))
      .map((v) => `${run.name}: ${v.rule} (${v.impact}) ${v.help} – ${v.targets.join(', ')}`);
    const wide = run.width !== undefined && run.width > REFLOW_WIDTH && !known.some((k) => matches(k, run, 'reflow', []));
    return wide ? [...axe, `${run.name}: reflow – ${run.width} px wide at ${REFLOW_WIDTH} px`] : axe;
  });
}

/** Known entries that matched nothing in these runs. */
export function staleKnown(runs: Run[], known: readonly Known[]): Known[] {
  return known.filter((k) => !runs.some((run) => (k.rule === 'reflow'
    ? run.width !== undefined && run.width > REFLOW_WIDTH && matches(k, run, 'reflow', [])
    : run.violations.some((v) => blocking(v) && matches(k, run, v.rule, v.targets)))));
}

/** One line per run: rules broken by impact, the width at 320 px, and the critical/serious rules (* known). */
export function summary(runs: Run[], known: readonly Known[]): string {
  const cells = (counts: Record<string, number>) => IMPACTS.map((i) => String(counts[i]).padStart(9)).join('');
  const rows = runs.map((run) => {
    const rules = run.violations.filter(blocking)
      .map((v) => `${v.rule}${known.some((k) => matches(k, run, v.rule, v.targets)) ? '*' : ''}`).join(' ');
    return `${cells(countByImpact(run.violations))}${String(run.width ?? '–').padStart(8)}  ${run.name}${rules ? `  [${rules}]` : ''}`;
  });
  const wide = runs.filter((r) => r.width !== undefined && r.width > REFLOW_WIDTH).length;
  return [
    `axe-core ${'(WCAG 2.0/2.1 A and AA)'}: ${runs.length} page runs; violations (rules broken per run) by impact, * = known, fixed on another branch`,
    `${IMPACTS.map((i) => i.padStart(9)).join('')}  @320px  page`,
    ...rows,
    `${cells(countByImpact(runs.flatMap((r) => r.violations)))}  total; ${wide} run(s) wider than ${REFLOW_WIDTH} px`,
  ].join('\n');
}
