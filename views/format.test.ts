import { describe, expect, it } from 'vitest';
import { formatOsloMinute, formatWait } from './format.ts';

describe('formatWait', () => {
  it('when a wait is under a minute, then it is in seconds; from a minute on, in minutes rounded up', () => {
    expect([1, 40, 60, 61, 900].map(formatWait)).toEqual(['1 sekund', '40 sekunder', '1 minutt', '2 minutter', '15 minutter']);
  });
});

describe('formatOsloMinute', () => {
  it('when a moment is shown, then it is Oslo wall time to the minute, in winter and in summer', () => {
    expect(formatOsloMinute(new Date('2026-11-23T08:15:42Z'))).toBe('23.11.2026, 09:15');
    expect(formatOsloMinute('2026-06-30T22:05:00Z')).toBe('01.07.2026, 00:05');
  });
});
