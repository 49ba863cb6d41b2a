import { dateOfDay } from './days';
import { makeApplicants } from './generate-applicants';
import { toV2Snapshot } from './generate-v2';
import type { Snapshot, Unit, UnitKind } from './snapshot';

/** Benchmark sizes: S ~40 people/10 units/28 days, M ~150/25/28, L ~1,000/80/56, XL ~5,000/200/56. */
export type SnapshotSize = 'S' | 'M' | 'L' | 'XL';

/** Shape of a generated snapshot. */
export interface GenerateOptions {
  people: number;
  units: number;
  horizonDays: number;
  /** first day (ISO); default 2026-11-23 */
  today?: string;
}

const SIZES: Record<SnapshotSize, GenerateOptions> = {
  S: { people: 40, units: 10, horizonDays: 28 },
  M: { people: 150, units: 25, horizonDays: 28 },
  L: { people: 1000, units: 80, horizonDays: 56 },
  XL: { people: 5000, units: 200, horizonDays: 56 },
};

const BOF_TAGS = ['psykisk-helse', 'rop', 'utviklingshemming', 'barn-unge'];

/** Seeded PRNG (mulberry32): the same seed gives the same snapshot on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Which exchange format to generate; default 1 (the benchmarks and tests of v1 depend on its output). */
export interface GenerateFormat {
  format?: 1 | 2;
}

/**
 * Deterministic snapshot with the mix of domain.md: a third hospital patients (some ready in
 * the future), a quarter in korttid beds waiting for langtid (chains), the rest at home;
 * guarantees from the past to +60 days, tags, preferences, exclusions. Places are scarce:
 * roughly two thirds of the people can be placed within the horizon.
 *
 * `{ format: 2 }` gives `plassplan.snapshot/2`: the same v1 snapshot (same seed, same ids,
 * places and people) with the v2 mix added from later draws (see {@link toV2Snapshot}):
 * interim korttid, skjermet units `onlyFor` skjermet, respite bookings, couples, tailDays 14,
 * v2 cost defaults. The v1 output for a seed is unchanged by this option's existence.
 */
export function generateSnapshot(size: SnapshotSize | GenerateOptions, seed = 1, { format = 1 }: GenerateFormat = {}): Snapshot {
  const opts = typeof size === 'string' ? SIZES[size] : size;
  const rand = rng(seed);
  const v1 = generateV1(opts, rand);
  return format === 2 ? toV2Snapshot(v1, rand) : v1;
}

function generateV1(opts: GenerateOptions, rand: () => number): Snapshot {
  const today = opts.today ?? '2026-11-23';
  const units = makeUnits(opts, rand, today);
  const applicants = makeApplicants(opts.people, opts.horizonDays, rand, today, units);
  return {
    format: 'plassplan.snapshot/1',
    today,
    horizonDays: opts.horizonDays,
    turnaroundDays: 1,
    costs: {
      overliggerdognNok: 5981,
      guaranteeBreachNok: 50_000,
      guaranteeLateDayNok: 2000,
      waitingDayNok: { '1': 1500, '2': 500, '3': 100 },
      nonPreferredNok: 300,
    },
    units,
    applicants,
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function int(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

function makeUnits(opts: GenerateOptions, rand: () => number, today: string): Unit[] {
  const supply = opts.people * 0.65;
  const perUnit = supply / opts.units;
  return Array.from({ length: opts.units }, (_, i) => {
    const kind: UnitKind = i % 20 < 8 ? 'korttid' : i % 20 < 17 ? 'langtid' : 'bofellesskap';
    const tags = unitTags(kind, i, rand);
    const departures = new Map<number, number>();
    const count = Math.max(1, Math.round(perUnit * (0.6 + 0.8 * rand())));
    const freeNow = Math.floor(count * 0.15 * rand());
    for (let n = freeNow; n < count; n++) {
      const day = int(rand, 1, opts.horizonDays + 5);
      departures.set(day, (departures.get(day) ?? 0) + 1);
    }
    return {
      id: `${kind.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(3, '0')}`,
      name: `${pick(rand, ['Solbakken', 'Breidablikk', 'Lindheim', 'Fjellvang', 'Åsly', 'Elvetun'])} ${kind} ${i + 1}`,
      kind,
      tags,
      beds: count * 4,
      freeNow,
      departures: [...departures].sort((a, b) => a[0] - b[0]).map(([d, c]) => ({ date: dateOfDay(today, d), count: c })),
    };
  });
}

function unitTags(kind: UnitKind, i: number, rand: () => number): string[] {
  if (kind === 'bofellesskap') return [BOF_TAGS[i % BOF_TAGS.length]!];
  if (kind === 'langtid') return rand() < 0.3 ? ['skjermet'] : [];
  return rand() < 0.25 ? ['rehabilitering'] : [];
}
