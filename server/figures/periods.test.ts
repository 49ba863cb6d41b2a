import { describe, expect, it } from 'vitest';
import { chartMonths, comparablePeriod, defaultPeriod, nextPeriod, periodChoices, readPeriodQuery } from './periods.ts';

const TODAY = '2026-11-23';

describe('Choosing the period', () => {
  it('when nothing is asked for, then the year so far; on 1 January, the whole year before', () => {
    expect(defaultPeriod(TODAY)).toMatchObject({ id: '2026', from: '2026-01-01', to: TODAY, partial: true, label: '2026 (til og med 22. november)' });
    expect(defaultPeriod('2027-01-01')).toMatchObject({ id: '2026', to: '2027-01-01', partial: false });
  });

  it('when a kind is asked for alone or with a period of another kind, then the period of that kind holding its last day', () => {
    expect(readPeriodQuery({ type: 'month' }, TODAY)).toMatchObject({ ok: true, period: { id: '2026-11', partial: true } });
    expect(readPeriodQuery({ type: 'tertial', periode: '2026-06' }, TODAY)).toMatchObject({ ok: true, period: { id: '2026-T2', partial: false } });
    expect(readPeriodQuery({ type: 'month', periode: '2026' }, TODAY)).toMatchObject({ ok: true, period: { id: '2026-11' } });
    expect(readPeriodQuery({ type: 'year', periode: '2025-T1' }, TODAY)).toMatchObject({ ok: true, period: { id: '2025', partial: false } });
  });

  it('when the period is malformed, not begun, or the kind unknown, then the field and a Norwegian message', () => {
    expect(readPeriodQuery({ periode: '2026-13' }, TODAY)).toEqual({ ok: false, field: 'periode', message: expect.stringContaining('Periode: «2026-13» er ikke en periode') });
    expect(readPeriodQuery({ periode: '2026-12' }, TODAY)).toMatchObject({ ok: false, field: 'periode', message: 'Periode: desember 2026 har ikke begynt ennå. Velg en periode som har begynt.' });
    expect(readPeriodQuery({ type: 'uke' }, TODAY)).toMatchObject({ ok: false, field: 'type' });
  });

  it('when the year so far is compared, then with the same days of the year before; a whole period with the whole one before', () => {
    expect(comparablePeriod(defaultPeriod(TODAY))).toMatchObject({ id: '2025', from: '2025-01-01', to: '2025-11-23', label: '2025 (til og med 22. november)' });
    expect(comparablePeriod({ kind: 'month', id: '2026-03', from: '2026-03-01', to: '2026-04-01', label: 'mars 2026', partial: false }))
      .toMatchObject({ id: '2026-02', to: '2026-03-01', partial: false });
  });

  it('when the lists and links are made, then newest first, no future period, and 12 months ending with the period', () => {
    expect(periodChoices('tertial', TODAY).map((p) => p.id)).toEqual(['2026-T3', '2026-T2', '2026-T1', '2025-T3', '2025-T2', '2025-T1']);
    expect(periodChoices('month', TODAY)).toHaveLength(24);
    expect(nextPeriod(defaultPeriod(TODAY), TODAY)).toBeNull();
    expect(nextPeriod({ kind: 'month', id: '2026-10', from: '2026-10-01', to: '2026-11-01', label: 'oktober 2026' }, TODAY)).toMatchObject({ id: '2026-11', partial: true });
    const months = chartMonths(defaultPeriod(TODAY), TODAY);
    expect(months.map((m) => m.id)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(months[11]).toMatchObject({ to: TODAY, partial: true });
  });
});
