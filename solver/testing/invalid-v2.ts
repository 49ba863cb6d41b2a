import fc from 'fast-check';
import { dateOfDay } from '../days';
import { formatPath } from '../snapshot-messages';

/** Raw JSON of a snapshot, mutated freely. */
type Json = any;

/** One invalid snapshot made from a valid one, with the JSON path of what was broken. */
export interface Mutation {
  snapshot: Json;
  /** the path some error must point at (see {@link pointsAt}) */
  path: string;
  what: string;
}

const OPTIONAL = new Set(['turnaroundDays', 'tailDays', 'costs', 'name', 'tags', 'onlyFor', 'beds', 'departures',
  'bookings', 'requires', 'decisionDate', 'guaranteeDate', 'earliestDate', 'preferredUnits', 'excludedUnits',
  'interim', 'partnerId']);
const VALUES: unknown[] = [42, 'x', null, true, {}, []];

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Every path below the root, depth first. */
function nodePaths(o: Json, at: PropertyKey[] = []): PropertyKey[][] {
  if (typeof o !== 'object' || o === null) return [];
  const keys: PropertyKey[] = Array.isArray(o) ? o.map((_, i) => i) : Object.keys(o);
  return keys.flatMap((k) => [[...at, k], ...nodePaths(o[k as keyof typeof o], [...at, k])]);
}

function parentOf(path: PropertyKey[], root: Json): Json {
  return path.slice(0, -1).reduce((o: Json, k) => o[k], root);
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

/** A random field given a value of another JSON type. */
function wrongType(s: Json, n: number, v: number): Mutation {
  const path = pick(nodePaths(s), n);
  const parent = parentOf(path, s);
  const key = path.at(-1)!;
  const value = pick(VALUES.filter((x) => typeOf(x) !== typeOf(parent[key])), v);
  parent[key] = value;
  return { snapshot: s, path: formatPath(path), what: `wrong type ${JSON.stringify(value)}` };
}

/** A required field removed (every field outside `costs` whose key is not optional or defaulted). */
function removed(s: Json, n: number): Mutation {
  const required = nodePaths(s).filter((p) => p[0] !== 'costs' && typeof p.at(-1) === 'string' && !OPTIONAL.has(p.at(-1) as string));
  const path = pick(required, n);
  delete parentOf(path, s)[path.at(-1)!];
  return { snapshot: s, path: formatPath(path), what: 'required field removed' };
}

/** A unit reference, id or date that no longer fits the rest of the snapshot. */
function brokenReference(s: Json, n: number, k: number): Mutation {
  const i = n % s.applicants.length;
  const u = n % s.units.length;
  const a = s.applicants[i];
  switch (k % 6) {
    case 0:
      a.location = { type: 'unit', unitId: 'NOPE' };
      return { snapshot: s, path: `applicants[${i}].location.unitId`, what: 'unknown occupied unit' };
    case 1:
    case 2: {
      const field = k % 6 === 1 ? 'excludedUnits' : 'preferredUnits';
      a[field] = [...(a[field] ?? []), 'NOPE'];
      return { snapshot: s, path: `applicants[${i}].${field}[${a[field].length - 1}]`, what: `unknown unit in ${field}` };
    }
    case 3: {
      const items = s.units.length > 1 ? 'units' : 'applicants';
      const j = 1 + (n % (s[items].length - 1));
      s[items][j].id = s[items][0].id;
      return { snapshot: s, path: `${items}[${j}].id`, what: 'duplicate id' };
    }
    case 4:
      s.units[u].departures = [...(s.units[u].departures ?? []), { date: dateOfDay(s.today, -1 - (n % 30)), count: 1 }];
      return { snapshot: s, path: `units[${u}].departures[${s.units[u].departures.length - 1}].date`, what: 'departure before today' };
    default:
      s.units[u].onlyFor = [...(s.units[u].onlyFor ?? []), 'no-such-tag'];
      return { snapshot: s, path: `units[${u}].onlyFor[${s.units[u].onlyFor.length - 1}]`, what: 'onlyFor tag the unit lacks' };
  }
}

/** A partner link that is not mutual, names itself or nobody, crosses kinds, or comes with interim. */
function brokenPartner(s: Json, n: number, k: number): Mutation {
  const i = n % s.applicants.length;
  const a = s.applicants[i];
  const at = `applicants[${i}].partnerId`;
  const others: Json[] = s.applicants.filter((b: Json, j: number) => j !== i && b.partnerId !== a.id);
  const partner = s.applicants.find((b: Json) => b.id === a.partnerId && b.partnerId === a.id);
  switch (k % 4) {
    case 0:
      a.partnerId = a.id;
      return { snapshot: s, path: at, what: 'partner is itself' };
    case 1:
      if (others.length > 0) {
        a.partnerId = pick(others, k).id;
        return { snapshot: s, path: at, what: 'one-sided partner' };
      }
      a.partnerId = 'NOPE';
      return { snapshot: s, path: at, what: 'unknown partner' };
    case 2:
      if (partner) {
        a.kind = a.kind === 'langtid' ? 'bofellesskap' : 'langtid';
        return { snapshot: s, path: at, what: 'partners of different kinds' };
      }
      a.partnerId = 'NOPE';
      return { snapshot: s, path: at, what: 'unknown partner' };
    default: {
      const b = s.applicants[(i + 1) % s.applicants.length];
      a.partnerId = b.id;
      b.partnerId = a.id;
      b.kind = a.kind;
      a.interim = { requires: [] };
      return { snapshot: s, path: `applicants[${i}].interim`, what: 'interim for one of a couple' };
    }
  }
}

/** A booking the unit cannot hold, one ending before it starts, one before today; or interim where it is not allowed. */
function impossible(s: Json, n: number, k: number): Mutation {
  const u = n % s.units.length;
  const unit = s.units[u];
  const bookings = (unit.bookings ??= []);
  const day = n % s.horizonDays;
  const from = dateOfDay(s.today, day);
  const at = `units[${u}].bookings`;
  switch (k % 4) {
    case 0: {
      const all = [unit.freeNow, ...(unit.departures ?? []).map((d: Json) => d.count), ...bookings.map((b: Json) => b.count)];
      bookings.push({ from, to: dateOfDay(s.today, day + 1 + (k % 3)), count: all.reduce((x: number, y: number) => x + y, 1) });
      return { snapshot: s, path: at, what: 'bookings beyond the unit\'s places' };
    }
    case 1:
      bookings.push({ from, to: dateOfDay(s.today, day - (k % 3)), count: 1 });
      return { snapshot: s, path: `${at}[${bookings.length - 1}].to`, what: 'booking ends before it starts' };
    case 2:
      bookings.push({ from: dateOfDay(s.today, -1 - day), to: dateOfDay(s.today, 1), count: 1 });
      return { snapshot: s, path: `${at}[${bookings.length - 1}].from`, what: 'booking before today' };
    default: {
      const i = n % s.applicants.length;
      const a = s.applicants[i];
      delete a.partnerId;
      a.interim = { requires: [] };
      if (k % 2 === 0) a.kind = 'korttid';
      else a.location = { type: 'unit', unitId: s.units[u].id };
      return { snapshot: s, path: `applicants[${i}].interim`, what: 'interim for a korttid applicant or an occupant' };
    }
  }
}

/** Random invalid snapshots: one mutation of one of `bases` (valid v2 snapshots, not changed). */
export function invalidV2Arb(bases: readonly Json[]): fc.Arbitrary<Mutation> {
  const clone = (b: number) => structuredClone(bases[b % bases.length]);
  return fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(5)).map(([b, n, k, kind]) => {
    const s = clone(b);
    const make = [wrongType, removed, brokenReference, brokenPartner, impossible, brokenPartner][kind]!;
    return make(s, n, k);
  });
}

/** True if an error at `errorPath` points at `target`: the same place, inside it, or its immediate parent (not the root). */
export function pointsAt(errorPath: string, target: string): boolean {
  if (errorPath === target || errorPath.startsWith(`${target}.`) || errorPath.startsWith(`${target}[`)) return true;
  const parent = /^(.+?)(\[\d+\]|\.[^.[\]]+)$/.exec(target)?.[1];
  return parent !== undefined && errorPath === parent;
}
