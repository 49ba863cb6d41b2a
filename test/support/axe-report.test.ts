import { describe, expect, it } from 'vitest';
import { failures, type Known, type Run, staleKnown } from './axe-report.ts';

const run = (name: string, width: number, ...rules: [rule: string, impact: 'critical' | 'serious' | 'moderate', target: string][]): Run =>
  ({ name, width, violations: rules.map(([rule, impact, target]) => ({ rule, impact, help: rule, targets: [target] })) });

const runs = [
  run('koordinator /forslag', 591, ['color-contrast', 'serious', '.app-nav-coming'], ['region', 'moderate', 'div']),
  run('koordinator /plasser', 320, ['color-contrast', 'serious', '.muted'], ['label', 'critical', '#x']),
];

describe('accessibility findings', () => {
  it('when nothing is known, then critical and serious violations and sideways scroll fail, moderate ones do not', () => {
    expect(failures(runs, [])).toEqual([
      'koordinator /forslag: color-contrast (serious) color-contrast – .app-nav-coming',
      'koordinator /forslag: reflow – 591 px wide at 320 px',
      'koordinator /plasser: color-contrast (serious) color-contrast – .muted',
      'koordinator /plasser: label (critical) label – #x',
    ]);
  });

  it('when a failure is known by rule, target or page, then only that one is excused', () => {
    const known: Known[] = [
      { rule: 'color-contrast', target: /app-nav-coming/, owner: 'focus' },
      { rule: 'reflow', page: /\/forslag$/, owner: 'layout' },
    ];
    expect(failures(runs, known)).toEqual(['koordinator /plasser: color-contrast (serious) color-contrast – .muted', 'koordinator /plasser: label (critical) label – #x']);
    expect(staleKnown(runs, known)).toEqual([]);
  });

  it('when a known failure no longer occurs, then its entry is reported as stale', () => {
    const gone: Known[] = [{ rule: 'reflow', page: /\/plasser$/, owner: 'layout' }, { rule: 'region', owner: 'nobody' }];
    expect(staleKnown(runs, gone)).toEqual(gone);
  });
});
