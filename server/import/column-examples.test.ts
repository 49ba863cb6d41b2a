import { describe, expect, it } from 'vitest';
import { fnrProblem } from '../../db/fnr.ts';
import { IMPORT_COLUMNS } from './columns.ts';

describe('The import columns the page shows', () => {
  it('when the example fødselsnummer is copied, then it passes the check and is synthetic (month + 80), never a real person', () => {
    const example = IMPORT_COLUMNS.find((c) => c.name === 'fodselsnummer')!.example;
    expect(fnrProblem(example)).toBeNull();
    expect(Number(example.slice(2, 4))).toBeGreaterThan(80);
  });
});
