import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelApplicants, mentionedEntries, tagCodesAsWords, UNKNOWN_APPLICANT } from './stored-texts.ts';

describe('applicant ids in stored texts', () => {
  it('when a text names applicants by id, then each id is found once', () => {
    expect(mentionedEntries(['V-3 får plass før V-12', null, 'V-3 igjen', undefined])).toEqual([3, 12]);
  });

  it('when a text names applicants by id, then the ids are replaced by labels, unknown ids by «en søker»', () => {
    expect(labelApplicants('V-3 får plass før V-12.', new Map([[3, 'K.N. f. 1942']]))).toBe(`K.N. f. 1942 får plass før ${UNKNOWN_APPLICANT}.`);
  });

  it('when any text is labelled, then no V-id is left in it', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.nat({ max: 999 }).map((n) => `V-${n}`)), { maxLength: 8 }), (parts) => {
      const text = parts.join(' ');
      expect(labelApplicants(text, new Map([[1, 'Kari Nordmann']]))).not.toMatch(/\bV-\d+\b/);
    }));
  });
});

describe('need codes in stored texts', () => {
  it('when the planner lists needs by code, then they read as words; other words stay', () => {
    expect(tagCodesAsWords('Ola (prioritet 1) trenger psykisk-helse og rop, som Granly ikke har'))
      .toBe('Ola (prioritet 1) trenger psykisk helse og rus og psykiatri (ROP), som Granly ikke har');
    expect(tagCodesAsWords('Enheten mangler det vedtaket krever: barn-unge, skjermet.')).toBe('Enheten mangler det vedtaket krever: barn og unge, skjermet plass.');
    expect(tagCodesAsWords('venter med plass på Solbakken')).toBe('venter med plass på Solbakken');
  });
});
