import { describe, expect, it } from 'vitest';
import { definition, definitionsOf, FIGURE_DEFINITIONS, type FigureGroup } from './definitions.ts';

/** Every group of Figures; a new group without a definition fails here. */
const GROUPS: Record<FigureGroup, true> = {
  vedtak: true, caseTime: true, guarantees: true, overligger: true, discharged: true, waitingAtEnd: true, waitingTime: true, occupancy: true, appeals: true,
};

describe('figure definitions', () => {
  it('when any figure group is shown, then it has at least one definition with a label and a formula in words', () => {
    for (const group of Object.keys(GROUPS) as FigureGroup[]) {
      expect(definitionsOf(group).length, group).toBeGreaterThan(0);
      for (const d of definitionsOf(group)) {
        expect(d.label.length).toBeGreaterThan(3);
        expect(d.formula.length, d.id).toBeGreaterThan(40);
      }
    }
  });

  it('when a definition is looked up, then ids are unique and an unknown id is an error', () => {
    const ids = FIGURE_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(definition('beleggsprosent').source).toBe('SSB/KOSTRA');
    expect(() => definition('finnes-ikke')).toThrow();
  });

  it('when a figure is SSB\'s, then it is an occupancy figure (belegg, gjennomstrømming, liggetid), and the office\'s own are the rest', () => {
    for (const d of FIGURE_DEFINITIONS) expect(d.source === 'SSB/KOSTRA', d.id).toBe(d.group === 'occupancy');
    expect(definition('beleggsprosent').formula).toMatch(/avlastning/i);
  });
});
