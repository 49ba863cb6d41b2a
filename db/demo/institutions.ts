/** The demo municipality's institutions and units: about 20 units in 8 institutions. */
import type { PlaceKind } from '../schema.ts';

export type InstitutionType = 'sykehjem' | 'helsehus' | 'bofellesskap';

export interface DemoUnit {
  code: string;
  name: string;
  kind: PlaceKind;
  tags: string[];
  /** «Kun for»: every skjermet and rehabilitation unit is only for people with that need. */
  onlyFor: string[];
  physicalBeds: number;
  staffedBeds: number;
}

export interface DemoInstitution {
  name: string;
  type: InstitutionType;
  district: string;
  units: DemoUnit[];
}

const ONLY_FOR_TAGS = ['skjermet', 'rehabilitering'];
const unit = (code: string, name: string, kind: PlaceKind, tags: string[], physicalBeds: number, staffedBeds = physicalBeds): DemoUnit =>
  ({ code, name, kind, tags, onlyFor: tags.filter((t) => ONLY_FOR_TAGS.includes(t)), physicalBeds, staffedBeds });

export const INSTITUTIONS: DemoInstitution[] = [
  { name: 'Breidablikk helsehus', type: 'helsehus', district: 'Sentrum', units: [
    unit('BRE-K', 'Korttidsavdeling 1. etasje', 'korttid', [], 24, 22),
    unit('BRE-R', 'Rehabiliteringsavdelingen', 'korttid', ['rehabilitering'], 14),
  ] },
  { name: 'Strandheim helsehus', type: 'helsehus', district: 'Bekkestrand', units: [
    unit('STR-K', 'Korttid Strandheim', 'korttid', [], 18),
    unit('STR-R', 'Rehabilitering Strandheim', 'korttid', ['rehabilitering'], 12, 10),
    unit('STR-L', 'Langtid Strandheim', 'langtid', [], 20),
  ] },
  { name: 'Solbakken sykehjem', type: 'sykehjem', district: 'Nordvik', units: [
    unit('SOL-L', 'Langtid Solbakken', 'langtid', [], 32, 30),
    unit('SOL-S', 'Skjermet enhet Solbakken', 'langtid', ['skjermet'], 10),
    unit('SOL-K', 'Korttid Solbakken', 'korttid', [], 8),
  ] },
  { name: 'Lindeheim sykehjem', type: 'sykehjem', district: 'Søråsen', units: [
    unit('LIN-L', 'Langtid Lindeheim', 'langtid', [], 36),
    unit('LIN-S', 'Skjermet enhet Lindeheim', 'langtid', ['skjermet'], 12),
    unit('LIN-K', 'Korttid Lindeheim', 'korttid', [], 8, 6),
  ] },
  { name: 'Fjellro sykehjem', type: 'sykehjem', district: 'Haugland', units: [
    unit('FJE-L', 'Langtid Fjellro', 'langtid', [], 28),
    unit('FJE-S', 'Skjermet enhet Fjellro', 'langtid', ['skjermet'], 9),
    unit('FJE-K', 'Korttid Fjellro', 'korttid', [], 10),
  ] },
  { name: 'Bjørketun bofellesskap', type: 'bofellesskap', district: 'Østre Lund', units: [
    unit('BJO-P', 'Bjørketun psykisk helse', 'bofellesskap', ['psykisk-helse'], 8),
    unit('BJO-R', 'Bjørketun ROP', 'bofellesskap', ['rop'], 6),
  ] },
  { name: 'Granly bofellesskap', type: 'bofellesskap', district: 'Nordvik', units: [
    unit('GRA-U', 'Granly', 'bofellesskap', ['utviklingshemming'], 6),
    unit('GRA-B', 'Granly barne- og ungdomsbolig', 'bofellesskap', ['barn-unge'], 4),
  ] },
  { name: 'Kløverlia bofellesskap', type: 'bofellesskap', district: 'Søråsen', units: [
    unit('KLO-U', 'Kløverlia', 'bofellesskap', ['utviklingshemming'], 5),
    unit('KLO-P', 'Kløverlia psykisk helse', 'bofellesskap', ['psykisk-helse'], 6, 5),
  ] },
];

export const ALL_UNITS: DemoUnit[] = INSTITUTIONS.flatMap((i) => i.units);

/** The queues people wait in: korttid, langtid, and one per bofellesskap kind. */
export const QUEUES = ['korttid', 'langtid', 'psykisk-helse', 'rop', 'utviklingshemming', 'barn-unge'] as const;
export type Queue = (typeof QUEUES)[number];

export const kindOfQueue = (queue: Queue): PlaceKind =>
  queue === 'korttid' || queue === 'langtid' ? queue : 'bofellesskap';

/** Units that can take a person with these required tags in the queue. */
export function unitsFor(queue: Queue, requiredTags: readonly string[]): DemoUnit[] {
  const kind = kindOfQueue(queue);
  return ALL_UNITS.filter((u) => u.kind === kind && requiredTags.every((t) => u.tags.includes(t))
    && (kind !== 'bofellesskap' || u.tags.includes(queue)));
}

/** Units whose last report is several days old (days ago). */
export const STALE_UNITS: Record<string, number> = { 'FJE-S': 4, 'LIN-K': 6, 'KLO-U': 9 };
/** Units whose last report is yesterday's; the others reported today. */
export const REPORTED_YESTERDAY = ['SOL-L', 'STR-L', 'GRA-B'];
/** Closed to admissions in its latest reports. */
export const CLOSED_UNIT = 'FJE-K';

/** Units where a new allocation may go: fitting, open to admissions and reporting. */
export const placeableUnits = (queue: Queue, requiredTags: readonly string[]): DemoUnit[] =>
  unitsFor(queue, requiredTags).filter((u) => u.code !== CLOSED_UNIT && !(u.code in STALE_UNITS)
    && u.onlyFor.every((t) => requiredTags.includes(t)));
