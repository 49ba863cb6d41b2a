/**
 * How the meeting names people. On the projector a person is initials and birth year
 * («K.N. f. 1942») unless a coordinator chooses full names; the fødselsnummer itself is
 * never shown on the meeting screen.
 */
import { birthDateOf } from '../../db/fnr.ts';

export type NameMode = 'full' | 'initials';

/** «Kari Nordmann», fnr → «K.N. f. 1942» */
export function initialsOf(name: string, fnr: string): string {
  const initials = name.split(/[\s-]+/).filter(Boolean).map((part) => `${[...part][0]!.toUpperCase()}.`).join('');
  return `${initials} f. ${birthDateOf(fnr).year}`;
}

export const personLabel = (person: { name: string; fnr: string }, mode: NameMode): string =>
  mode === 'full' ? person.name : initialsOf(person.name, person.fnr);
