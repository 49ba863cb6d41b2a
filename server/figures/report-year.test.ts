import { describe, expect, it } from 'vitest';
import { parseReportYear } from './report-year.ts';

describe('the Årsrapport year', () => {
  it('when no year is given, then it is the year so far, read up to yesterday', () => {
    const r = parseReportYear(undefined, '2026-11-23');
    expect(r).toMatchObject({ ok: true, year: 2026, period: { from: '2026-01-01', to: '2026-11-23', partial: true } });
  });

  it('when no year is given on 1 January, then it is the year just ended, whole', () => {
    expect(parseReportYear(undefined, '2027-01-01')).toMatchObject({ ok: true, year: 2026, period: { to: '2027-01-01', partial: false } });
  });

  it('when an ended year is given, then it is the whole year', () => {
    expect(parseReportYear('2025', '2026-11-23')).toMatchObject({ ok: true, year: 2025, period: { from: '2025-01-01', to: '2026-01-01', partial: false } });
  });

  it.each([['26'], ['2026x'], [''], ['20266'], [['2026', '2025']], ['1999'], ['2027']])('when the year is %j, then it is refused with a Norwegian message', (value) => {
    const r = parseReportYear(value, '2026-11-23');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/år|Året/);
  });
});
