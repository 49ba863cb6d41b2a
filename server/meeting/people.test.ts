import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { initialsOf, labelApplicants, mentionedEntries, personLabel } from './people.ts';

describe('meeting names', () => {
  const fnr = syntheticFnr({ year: 1942, month: 3, day: 17 }, 123)!;

  it('when a person is shown on the projector, then only initials and birth year appear', () => {
    expect(initialsOf('Kari Nordmann', fnr)).toBe('K.N. f. 1942');
    expect(initialsOf('Ola-Per  de Vries', fnr)).toBe('O.P.D.V. f. 1942');
    expect(personLabel({ name: 'Kari Nordmann', fnr }, 'initials')).not.toContain('Kari');
    expect(personLabel({ name: 'Kari Nordmann', fnr }, 'full')).toBe('Kari Nordmann');
  });

  it('when an explanation names applicants by id, then the ids are replaced by labels, unknown ids kept', () => {
    expect(mentionedEntries(['V-3 får plass før V-12', null])).toEqual([3, 12]);
    expect(labelApplicants('V-3 får plass før V-12', new Map([[3, 'K.N. f. 1942']]))).toBe('K.N. f. 1942 får plass før V-12');
  });
});
