import { describe, expect, it } from 'vitest';
import { validateSnapshot, type SnapshotError } from './snapshot';
import { CASES_V1, CASES_V2, exampleNames, readExample } from './testing/examples';

const v2 = (name = 'booking-respite.json') => readExample(CASES_V2, name);

function errorsOf(input: unknown): SnapshotError[] {
  const v = validateSnapshot(input);
  if (v.ok) throw new Error('expected the snapshot to be rejected');
  return v.errors;
}

/** The single error at `path`, checked to carry a text in both languages. */
function errorAt(input: unknown, path: string): SnapshotError {
  const at = errorsOf(input).filter((e) => e.path === path);
  expect(at, `errors at ${path}`).toHaveLength(1);
  expect(at[0]!.message).not.toBe('');
  expect(at[0]!.messageNo).not.toBe('');
  return at[0]!;
}

describe('validateSnapshot, v2 fields and defaults', () => {
  it.each(exampleNames(CASES_V2))('when v2 example %s is validated, then it is accepted', (name) => {
    const v = validateSnapshot(v2(name));
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it.each(exampleNames(CASES_V1))('when v1 example %s is validated, then it is accepted as v1', (name) => {
    const v = validateSnapshot(readExample(CASES_V1, name));
    expect(v.ok && v.snapshot.format).toBe('plassplan.snapshot/1');
  });

  it('when a v2 snapshot leaves out costs, tailDays, turnaroundDays and the v2 lists, then the v2 defaults are filled in', () => {
    const s = v2('interim-from-hospital.json');
    delete s.costs;
    delete s.tailDays;
    delete s.turnaroundDays;
    delete s.units[0].tags;
    delete s.applicants[0].interim.requires;
    const v = validateSnapshot(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.snapshot.costs).toEqual({
      overliggerdognNok: 5981, guaranteeBreachNok: 10_000, guaranteeLateDayNok: 3000,
      waitingDayNok: { '1': 1500, '2': 500, '3': 100 }, nonPreferredNok: 300,
    });
    expect(v.snapshot.tailDays).toBe(14);
    expect(v.snapshot.turnaroundDays).toBe(1);
    expect(v.snapshot.units[0]).toMatchObject({ tags: [], onlyFor: [], bookings: [] });
    expect(v.snapshot.applicants[0]!.interim).toEqual({ requires: [] });
  });

  it('when a v1 snapshot leaves out costs, then the v1 guarantee prices stay 50000 and 2000 and no v2 field appears', () => {
    const s = readExample(CASES_V1, 'chain-move.json');
    delete s.costs;
    const v = validateSnapshot(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.snapshot.costs).toMatchObject({ guaranteeBreachNok: 50_000, guaranteeLateDayNok: 2000 });
    expect('tailDays' in v.snapshot).toBe(false);
    for (const u of v.snapshot.units) expect('onlyFor' in u || 'bookings' in u).toBe(false);
    for (const a of v.snapshot.applicants) expect('interim' in a || 'partnerId' in a).toBe(false);
  });

  it('when a v1 snapshot has a v2 field, then each is rejected as an unknown field in both languages', () => {
    const s = readExample(CASES_V1, 'chain-move.json');
    s.tailDays = 14;
    s.units[0].onlyFor = [];
    s.units[0].bookings = [];
    s.applicants[0].interim = { requires: [] };
    s.applicants[1].partnerId = s.applicants[0].id;
    const errors = errorsOf(s);
    expect(errors.map((e) => e.path).sort()).toEqual(
      ['applicants[0].interim', 'applicants[1].partnerId', 'tailDays', 'units[0].bookings', 'units[0].onlyFor'],
    );
    for (const e of errors) expect(e).toMatchObject({ message: 'unknown field', messageNo: 'ukjent felt' });
  });

  it('when a v1 snapshot has turnaroundDays 10000, then v1 still accepts it, and v2 allows at most 14', () => {
    const s1 = readExample(CASES_V1, 'chain-move.json');
    s1.turnaroundDays = 10_000;
    expect(validateSnapshot(s1).ok).toBe(true);
    const s2 = v2();
    s2.turnaroundDays = 15;
    expect(errorAt(s2, 'turnaroundDays')).toMatchObject({ message: 'must be at most 14', messageNo: 'må være høyst 14' });
  });

  it.each<[string, number, string]>([
    ['turnaroundDays', -1, 'must be at least 0'],
    ['turnaroundDays', 14, ''],
    ['tailDays', 0, ''],
    ['tailDays', 366, ''],
    ['tailDays', 367, 'must be at most 366'],
    ['tailDays', -1, 'must be at least 0'],
    ['tailDays', 1.5, 'must be an integer'],
  ])('when v2 %s is %s, then it is accepted or rejected at its bound', (field, value, message) => {
    const s = v2();
    s[field] = value;
    if (message === '') expect(validateSnapshot(s).ok).toBe(true);
    else expect(errorAt(s, field).message).toBe(message);
  });

  it('when the format is unknown or missing, then the error names both accepted formats', () => {
    const s = v2();
    s.format = 'plassplan.snapshot/3';
    expect(errorsOf(s)).toEqual([{
      path: 'format',
      message: 'must be "plassplan.snapshot/1" or "plassplan.snapshot/2"',
      messageNo: 'må være "plassplan.snapshot/1" eller "plassplan.snapshot/2"',
    }]);
    delete s.format;
    expect(errorAt(s, 'format').message).toBe('required field is missing: "plassplan.snapshot/1" or "plassplan.snapshot/2"');
  });
});
