import { describe, expect, it } from 'vitest';
import { formatWait } from './format.ts';

describe('formatWait', () => {
  it('when a wait is under a minute, then it is in seconds; from a minute on, in minutes rounded up', () => {
    expect([1, 40, 60, 61, 900].map(formatWait)).toEqual(['1 sekund', '40 sekunder', '1 minutt', '2 minutter', '15 minutter']);
  });
});
