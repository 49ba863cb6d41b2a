import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { initialsOf, personLabel } from './people.ts';

describe('meeting names', () => {
  const fnr = syntheticFnr({ year: 1942, month: 3, day: 17 }, 123)!;

  it('when a person is shown on the projector, then only initials and birth year appear', () => {
    expect(initialsOf('Kari Nordmann', fnr)).toBe('K.N. f. 1942');
    expect(initialsOf('Ola-Per  de Vries', fnr)).toBe('O.P.D.V. f. 1942');
    expect(personLabel({ name: 'Kari Nordmann', fnr }, 'initials')).not.toContain('Kari');
    expect(personLabel({ name: 'Kari Nordmann', fnr }, 'full')).toBe('Kari Nordmann');
  });
});
