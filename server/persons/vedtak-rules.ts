/**
 * The rules of a vedtak that do not depend on the database: which needs (tags) a kind
 * allows, the appeal regime and its deadline, and the guarantee date from settings.
 */
import { addDays } from '../../db/dates.ts';
import { BOFELLESSKAP_KINDS } from '../../db/queries/queues.ts';
import type { Settings } from '../../db/queries/settings.ts';
import type { PlaceKind } from '../../db/schema.ts';

export const ALL_TAGS = [...BOFELLESSKAP_KINDS, 'skjermet', 'rehabilitering'] as const;
export type Tag = (typeof ALL_TAGS)[number];

/** Tags a vedtak of the kind may require; bofellesskap must have exactly one group kind. */
const OPTIONAL_TAGS: Record<PlaceKind, readonly Tag[]> = {
  korttid: ['rehabilitering'], langtid: ['skjermet'], bofellesskap: [],
};

/** What is wrong with the tags for the kind, in Norwegian; null when they fit. */
export function tagProblem(kind: PlaceKind, tags: readonly string[]): string | null {
  if (kind === 'bofellesskap') {
    const groups = tags.filter((t) => (BOFELLESSKAP_KINDS as readonly string[]).includes(t));
    if (groups.length !== 1 || groups.length !== tags.length) {
      return 'Bofellesskap krever nøyaktig ett behov: psykisk helse, ROP, utviklingshemming eller barn og unge.';
    }
    return null;
  }
  const wrong = tags.filter((t) => !OPTIONAL_TAGS[kind].includes(t as Tag));
  if (wrong.length === 0) return null;
  return kind === 'langtid' ? 'Langtid kan bare ha behovet skjermet enhet.' : 'Korttid kan bare ha behovet rehabilitering.';
}

/** Needs an interim korttid stay may ask for: those a korttid vedtak may have. */
export const INTERIM_TAGS: readonly Tag[] = OPTIONAL_TAGS.korttid;

/** What is wrong with the needs for an interim korttid stay, in Norwegian; null when they fit. */
export function interimTagProblem(tags: readonly string[]): string | null {
  return tags.every((t) => INTERIM_TAGS.includes(t as Tag)) ? null : 'Under korttidsoppholdet kan behovet bare være rehabilitering.';
}

/** Korttid and langtid (and the waiting list) go to Statsforvalteren; bofellesskap is appealed locally. */
export const appealRegimeFor = (kind: PlaceKind): 'statsforvalteren' | 'lokal' =>
  kind === 'bofellesskap' ? 'lokal' : 'statsforvalteren';

/** Last day to appeal counted from the decision date: one rule, db/queries/appeal-rules.ts (4 or 3 weeks, fvl. § 30). */
export { appealDeadline } from '../../db/queries/appeal-rules.ts';

/** The guarantee date the settings give: decision date + guarantee_days_<kind>. */
export function computedGuarantee(kind: PlaceKind, decisionDate: string, settings: Settings): string {
  const days = { korttid: settings.guaranteeDaysKorttid, langtid: settings.guaranteeDaysLangtid, bofellesskap: settings.guaranteeDaysBofellesskap }[kind];
  return addDays(decisionDate, days);
}

export const isGranted = (outcome: string | null): boolean => outcome === 'innvilget' || outcome === 'ventelistevedtak';
