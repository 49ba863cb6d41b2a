import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_GROUPS } from '../../../views/admin/setting-fields.ts';
import { TASK_RULES } from './rules.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.split('\n## Oppgaver\n')[1]?.split('\n## ')[0] ?? '';
const rowOf = (id: string) => section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));

/** Where a setting is changed, as the README names it: «group: «label»». */
function settingPlace(key: string): string {
  const group = SETTING_GROUPS.find((g) => g.fields.some((f) => f.key === key));
  return group ? `${group.title}: «${group.fields.find((f) => f.key === key)!.label}»` : key;
}

describe('the Oppgaver rules', () => {
  it('when the rules are listed, then each id is unique and kebab-case', () => {
    const ids = TASK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-zæøå0-9]+(-[a-zæøå0-9]+)*$/);
  });

  it.each(TASK_RULES.map((r) => [r.id, r] as const))('when rule %s is in TASK_RULES, then the README lists it with its label and where its thresholds are set', (_id, rule) => {
    const row = rowOf(rule.id);
    const thresholds = (rule.thresholds ?? []).map((key) => settingPlace(String(key))).join(', ') || '–';
    expect(row, `README «Oppgaver» needs the row:\n| \`${rule.id}\` | ${rule.label} | … | ${thresholds} |`).toBeDefined();
    expect(row).toContain(` ${rule.label} |`);
    for (const key of rule.thresholds ?? []) {
      const field = SETTING_GROUPS.flatMap((g) => g.fields).find((f) => f.key === key);
      expect(field, `${String(key)} has a field on the settings page`).toBeDefined();
      expect(row, `the row of ${rule.id} names ${settingPlace(String(key))}`).toContain(`«${field!.label}»`);
    }
  });
});
