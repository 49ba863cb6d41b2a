import { readdirSync, readFileSync } from 'node:fs';

/** Committed copies of the public examples: cases/ (v1) and cases-v2/ (v2). */
export const CASES_V1 = new URL('../cases/', import.meta.url);
export const CASES_V2 = new URL('../cases-v2/', import.meta.url);

/** Names of the snapshots (not the `*.expected.json`) in an examples folder. */
export function exampleNames(dir: URL): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).sort();
}

/** A fresh, mutable copy of one example snapshot as raw JSON. */
export function readExample(dir: URL, name: string): any {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
}
