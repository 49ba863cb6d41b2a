/**
 * Texts stored by the planner and the snapshot (explanations, warnings, allocation reasons)
 * name applicants by their pseudonymous waitlist id (`V-12`, see db/queries/snapshot.ts) and
 * needs by their codes (`psykisk-helse`). Pages never show either: every stored text passes
 * through `readStoredTexts` (or `readStoredText` with labels at hand) before it is shown.
 */
import type { DbOrTx } from '../db/client.ts';
import { type AgendaPerson, peopleOfEntryIds } from '../db/queries/meeting-agenda.ts';
import type { SnapshotWarning } from '../db/queries/snapshot.ts';
import { formatClosed, formatTag, TAG_WORDS } from '../views/format.ts';

const APPLICANT_ID = /\bV-(\d+)\b/g;
/** Phrases that list needs: «trenger psykisk-helse og rop, som …», «med skjermet», «krever: rop, skjermet». */
const NEEDS = /\b(trenger|med|krever:) ([a-z-]+(?:(?: og |, )[a-z-]+)*)/g;

/** Said for an id whose entry is gone, so no id is ever shown. */
export const UNKNOWN_APPLICANT = 'en søker';

/** The waitlist entries the texts mention, each once. */
export const mentionedEntries = (texts: readonly (string | null | undefined)[]): number[] =>
  [...new Set([...texts.join(' ').matchAll(APPLICANT_ID)].map((m) => Number(m[1])))];

/** The text with each `V-<entry>` replaced by its label (by entry id), or by «en søker». */
export const labelApplicants = (text: string, labels: ReadonlyMap<number, string>): string =>
  text.replace(APPLICANT_ID, (_id, entryId: string) => labels.get(Number(entryId)) ?? UNKNOWN_APPLICANT);

/** Lists of need codes in the planner's phrases as words; other words are left alone. */
export const tagCodesAsWords = (text: string): string =>
  text.replace(NEEDS, (_phrase, verb: string, list: string) => {
    // The list may run on into ordinary words («…, som»): only its leading codes are replaced.
    const parts = list.split(/( og |, )/);
    let known = true;
    const words = parts.map((part, i) => {
      if (i % 2 === 1) return part;
      known &&= part in TAG_WORDS;
      return known ? formatTag(part) : part;
    });
    return `${verb} ${words.join('')}`;
  });

/** A stored text as a page shows it: people by their labels, needs in words. */
export const readStoredText = (text: string, labels: ReadonlyMap<number, string>): string =>
  tagCodesAsWords(labelApplicants(text, labels));

/** How a person is named: by default the full name; the meeting's projector passes initials. */
export type PersonLabel = (person: AgendaPerson) => string;

/**
 * A function that reads any of `texts` as a page shows them (one query for all the people
 * they mention); `null` and `undefined` pass through.
 */
export async function readStoredTexts(db: DbOrTx, texts: readonly (string | null | undefined)[], label: PersonLabel = (p) => p.name):
  Promise<<T extends string | null | undefined>(text: T) => T> {
  const people = await peopleOfEntryIds(db, mentionedEntries(texts));
  const labels = new Map([...people].map(([entryId, person]) => [entryId, label(person)]));
  return <T extends string | null | undefined>(text: T): T => (text ? readStoredText(text, labels) : text) as T;
}

/** A snapshot warning's text; a closed unit's is phrased here, so a reason that says «stengt» is not said twice. */
export const warningText = (w: SnapshotWarning): string =>
  w.kind === 'closed-unit' && w.unit ? `${w.unit}: ${formatClosed(w.closedReason)}` : w.text;
