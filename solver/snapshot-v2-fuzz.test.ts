import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from './snapshot';
import { CASES_V2, exampleNames, readExample } from './testing/examples';
import { invalidV2Arb, pointsAt } from './testing/invalid-v2';
import { replaceNth } from './testing/replace-nth';

const bases = exampleNames(CASES_V2).map((name) => readExample(CASES_V2, name));

describe('validateSnapshot on random invalid v2 snapshots', () => {
  it('when the bases are read, then they are the eight valid v2 examples', () => {
    expect(bases).toHaveLength(8);
    for (const b of bases) expect(validateSnapshot(b).ok).toBe(true);
  });

  it('when a valid v2 snapshot is broken in one place, then it is rejected with an error at that place in both languages', () => {
    fc.assert(
      fc.property(invalidV2Arb(bases), (m) => {
        const v = validateSnapshot(m.snapshot);
        expect(v.ok, m.what).toBe(false);
        if (v.ok) return;
        const at = v.errors.filter((e) => pointsAt(e.path, m.path));
        expect(at.length, `${m.what} at ${m.path}; got ${JSON.stringify(v.errors)}`).toBeGreaterThan(0);
        for (const e of v.errors) expect(e.message.length > 0 && e.messageNo.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('when any part of a v2 snapshot is replaced by arbitrary values, then validation never throws', () => {
    fc.assert(
      fc.property(fc.nat(7), fc.array(fc.tuple(fc.nat(200), fc.anything()), { maxLength: 4 }), (b, edits) => {
        const s = structuredClone(bases[b]);
        for (const [at, value] of edits) replaceNth(s, at, value);
        const v = validateSnapshot(s);
        if (!v.ok) for (const e of v.errors) expect(typeof e.path).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('when the broken-place rule is checked, then it accepts the place, its insides and its parent, not the root or a sibling', () => {
    expect(pointsAt('applicants[2].location', 'applicants[2].location.type')).toBe(true);
    expect(pointsAt('units[0].bookings[1].to', 'units[0].bookings')).toBe(true);
    expect(pointsAt('applicants[2].kind', 'applicants[2].location')).toBe(false);
    expect(pointsAt('(root)', 'format')).toBe(false);
  });
});
