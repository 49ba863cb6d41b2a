import { dateOfDay } from './days';
import type { Booking, Snapshot, UnitKind } from './snapshot';

// Texts are stored and read again weeks later, so dates are always absolute (never «i dag»).
// Applicants are named by their id exactly as given, followed by a space or punctuation, so that
// the app can swap a pseudonymous id (`V-12`) for a name (server/stored-texts.ts). Needs are
// written after «trenger» or «med», the phrases in which the app turns tag codes into words.

/** NOK with bokmål thousands spacing: 23924 → "23 924 kr". Only ever used for overliggerdøgn. */
export function kr(nok: number): string {
  return `${String(Math.round(nok)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
}

/** Overliggerdøgn with their price: "2 overliggerdøgn (11 962 kr)", the only money in a why. */
export function overliggerText(days: number, perDay: number): string {
  return `${days} overliggerdøgn (${kr(days * perDay)})`;
}

const dates = new Map<string, Map<number, string>>();

/** A day index as its date: "11.12.2026" (also for days before today); memoised per `today`. */
export function dateText(snapshot: Snapshot, day: number): string {
  let byDay = dates.get(snapshot.today);
  if (byDay === undefined) {
    if (dates.size > 16) dates.clear();
    byDay = new Map();
    dates.set(snapshot.today, byDay);
  }
  let text = byDay.get(day);
  if (text === undefined) {
    text = isoToNorwegian(dateOfDay(snapshot.today, day));
    byDay.set(day, text);
  }
  return text;
}

/** "2026-11-25" → "25.11.2026". */
export function isoToNorwegian(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** A booking's stay as written in the snapshot: "04.12.–07.12.2026" (both years when they differ). */
export function bookingText(b: Booking): string {
  const from = isoToNorwegian(b.from);
  const to = isoToNorwegian(b.to);
  return from.slice(6) === to.slice(6) ? `${from.slice(0, 6)}–${to}` : `${from}–${to}`;
}

/** A unit's name when present, else its id. */
export function unitName(snapshot: Snapshot, unit: number): string {
  const u = snapshot.units[unit]!;
  return u.name ?? u.id;
}

/** "1 døgn" / "4 døgn", "1 plass" / "2 plasser". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Tags as one phrase: "rop", "rop og skjermet", "a, b og c". */
export function tagList(tags: readonly string[]): string {
  if (tags.length <= 1) return tags.join('');
  return `${tags.slice(0, -1).join(', ')} og ${tags[tags.length - 1]}`;
}

/** "langtidsenhet" etc.: the kind of unit, for «ingen langtidsenhet med …». */
export function unitKindWord(kind: UnitKind): string {
  return kind === 'bofellesskap' ? 'bofellesskap' : `${kind}senhet`;
}

/** Words a why may take before a further reason is left out: about one breath read aloud. */
export const BREATH_WORDS = 45;

/**
 * One sentence of a head, reasons in order of weight, and a closing clause (the person of higher
 * priority, if any): the first reason always, each further one only while the sentence stays
 * within {@link BREATH_WORDS}.
 */
export function breath(head: string, reasons: readonly string[], last = ''): string {
  const words = (t: string) => (t === '' ? 0 : t.split(' ').length);
  let count = words(head) + words(last);
  const kept = reasons.filter((r, k) => {
    if (r === '' || (k > 0 && count + words(r) > BREATH_WORDS)) return false;
    count += words(r);
    return true;
  });
  return sentence([head, ...kept, last]);
}

/**
 * Joins a head and clauses into one sentence with "; " and a final full stop. The head is kept
 * as written (it often starts with an applicant id, which must not change case).
 */
export function sentence(parts: readonly string[]): string {
  const text = parts.filter((p) => p !== '').join('; ');
  return text.endsWith('.') ? text : `${text}.`;
}
