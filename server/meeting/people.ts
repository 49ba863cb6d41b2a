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

/** Applicant ids in the planner's explanations (`V-12`), replaced by how the meeting names the person. */
const APPLICANT_ID = /\bV-(\d+)\b/g;

export const mentionedEntries = (texts: (string | null)[]): number[] =>
  [...texts.join(' ').matchAll(APPLICANT_ID)].map((m) => Number(m[1]));

export const labelApplicants = (text: string, labels: Map<number, string>): string =>
  text.replace(APPLICANT_ID, (id, entryId: string) => labels.get(Number(entryId)) ?? id);
