/**
 * The planner's stored texts (explanations, warnings, allocation reasons) name applicants
 * by their pseudonymous waitlist id (`V-12`, see db/queries/snapshot.ts). Pages never show
 * those ids: every stored text passes through `nameApplicants` before it is shown.
 */
import type { DbOrTx } from '../db/client.ts';
import { type AgendaPerson, peopleOfEntryIds } from '../db/queries/meeting-agenda.ts';

const APPLICANT_ID = /\bV-(\d+)\b/g;

/** Said for an id whose entry is gone, so no id is ever shown. */
export const UNKNOWN_APPLICANT = 'en søker';

/** The waitlist entries the texts mention, each once. */
export const mentionedEntries = (texts: readonly (string | null | undefined)[]): number[] =>
  [...new Set([...texts.join(' ').matchAll(APPLICANT_ID)].map((m) => Number(m[1])))];

/** The text with each `V-<entry>` replaced by its label (by entry id), or by «en søker». */
export const labelApplicants = (text: string, labels: ReadonlyMap<number, string>): string =>
  text.replace(APPLICANT_ID, (_id, entryId: string) => labels.get(Number(entryId)) ?? UNKNOWN_APPLICANT);

/** How a person is named: by default the full name; the meeting's projector passes initials. */
export type PersonLabel = (person: AgendaPerson) => string;

/**
 * A function that names the applicants in any of `texts` (one query for all of them);
 * `null` and `undefined` pass through.
 */
export async function nameApplicants(db: DbOrTx, texts: readonly (string | null | undefined)[], label: PersonLabel = (p) => p.name):
  Promise<<T extends string | null | undefined>(text: T) => T> {
  const people = await peopleOfEntryIds(db, mentionedEntries(texts));
  const labels = new Map([...people].map(([entryId, person]) => [entryId, label(person)]));
  return <T extends string | null | undefined>(text: T): T => (text ? labelApplicants(text, labels) : text) as T;
}
