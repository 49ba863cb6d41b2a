import { describe, expect, it } from 'vitest';
import { isReportStale, reportDueDay } from './staleness.ts';

// 2026-11-23 is a Monday; Oslo is UTC+1 in November.
const at = (iso: string) => new Date(iso);

describe('report staleness', () => {
  it('when it is Monday 09:59 in Oslo, then Friday\'s report is still fresh', () => {
    expect(reportDueDay(at('2026-11-23T08:59:00Z'), 10)).toBe('2026-11-20');
    expect(isReportStale(at('2026-11-20T07:00:00Z'), at('2026-11-23T08:59:00Z'), 10)).toBe(false);
  });

  it('when it is Monday 10:00 in Oslo, then only a report from today is fresh', () => {
    expect(reportDueDay(at('2026-11-23T09:00:00Z'), 10)).toBe('2026-11-23');
    expect(isReportStale(at('2026-11-20T07:00:00Z'), at('2026-11-23T09:00:00Z'), 10)).toBe(true);
    expect(isReportStale(at('2026-11-23T06:30:00Z'), at('2026-11-23T09:00:00Z'), 10)).toBe(false);
  });

  it('when it is the weekend, then Friday\'s report counts', () => {
    expect(reportDueDay(at('2026-11-22T15:00:00Z'), 10)).toBe('2026-11-20');
    expect(isReportStale(at('2026-11-19T15:00:00Z'), at('2026-11-22T15:00:00Z'), 10)).toBe(true);
  });

  it('when a report was sent late in the evening Oslo time, then it counts for that Oslo day', () => {
    // 23:30 Oslo on Friday is 22:30 UTC Friday
    expect(isReportStale(at('2026-11-20T22:30:00Z'), at('2026-11-23T08:00:00Z'), 10)).toBe(false);
  });

  it('when a unit never reported, then it is stale', () => {
    expect(isReportStale(null, at('2026-11-23T08:00:00Z'), 10)).toBe(true);
  });
});
