/**
 * The arithmetic of one unit's ledger over days, without the database. Supply S(d) is
 * the places ready for an admission by day d (free now plus everything that frees on
 * a day ≤ d); R(d) the reservations dated ≤ d. A reservation holds its place from its
 * date on, for good, so the places a new reservation on day d may take are
 * A(d) = min over d' ≥ d of S(d') − R(d'): taking one more leaves no later day short.
 * A never falls as d grows; it is negative when the unit is over-booked.
 */
/** A number of places on a calendar day (ISO date). */
export interface DatedCount { date: string; count: number }

export interface LedgerInput {
  today: string;
  /** Places ready today, before reservations; negative when more came in than were free. */
  freeNow: number;
  /** Places that become ready later (departures, beds after turnaround, chain releases); a date ≤ today counts today. */
  supply: DatedCount[];
  /** Reservations by date; a date ≤ today holds a place today. */
  reservations: DatedCount[];
}

export interface LedgerDays {
  today: string;
  /** A(d) from each date on, by date; the first is today. */
  available: DatedCount[];
  /** The first day reservations exceed supply, and by how many places on that day; null when none. */
  shortfall: DatedCount | null;
  /** S(d) − R(d) from each date on, by date (not the least of later days): what a stay of some days may take. */
  net: DatedCount[];
}

/**
 * A planned stay (avlastning): holds `count` places on days from ≤ t < to and gives them
 * back on `to`. In the ledger, a reservation dated `from` and supply dated `to`.
 */
export interface BookedStay { from: string; to: string; count: number }

/** Works out A(d) and any shortfall for the unit. */
export function ledgerDays(input: LedgerInput): LedgerDays {
  const on = (date: string) => (date > input.today ? date : input.today);
  const change = new Map<string, number>([[input.today, input.freeNow]]);
  for (const s of input.supply) change.set(on(s.date), (change.get(on(s.date)) ?? 0) + s.count);
  for (const r of input.reservations) change.set(on(r.date), (change.get(on(r.date)) ?? 0) - r.count);
  const dates = [...change.keys()].sort();
  let net = 0;
  const nets = dates.map((date) => (net += change.get(date)!));
  const firstShort = nets.findIndex((n) => n < 0);
  const available: DatedCount[] = new Array(dates.length);
  let min = Infinity;
  for (let i = dates.length - 1; i >= 0; i--) {
    min = Math.min(min, nets[i]!);
    available[i] = { date: dates[i]!, count: min };
  }
  return {
    today: input.today,
    available: available.filter((a, i) => i === 0 || a.count !== available[i - 1]!.count),
    shortfall: firstShort < 0 ? null : { date: dates[firstShort]!, count: -nets[firstShort]! },
    net: dates.map((date, i) => ({ date, count: nets[i]! })),
  };
}

/** S(d) − R(d) on the date: the places left on that day alone. */
function netOn(days: LedgerDays, date: string): number {
  let count = days.net[0]!.count;
  for (const n of days.net) if (n.date <= date) count = n.count;
  return count;
}

/**
 * The first day of the stay on which fewer than its `count` places are left, with the
 * places left that day; null when the stay fits on every one of its days. `freed` is a
 * stay already in the ledger that gives its places back first (the same stay, moved).
 */
export function firstShortDay(days: LedgerDays, stay: BookedStay, freed?: BookedStay): DatedCount | null {
  const from = stay.from > days.today ? stay.from : days.today;
  const points = new Set([from, ...days.net.map((n) => n.date), ...(freed ? [freed.from, freed.to] : [])]);
  for (const date of [...points].filter((d) => d >= from && d < stay.to).sort()) {
    const back = freed && freed.from <= date && date < freed.to ? freed.count : 0;
    const left = netOn(days, date) + back;
    if (left < stay.count) return { date, count: Math.max(0, left) };
  }
  return null;
}

/** A(date): places a new reservation dated `date` may take; ≥ 1 means it fits on every day from then on. */
export function availableOn(days: LedgerDays, date: string): number {
  let count = days.available[0]!.count;
  for (const a of days.available) if (a.date <= date) count = a.count;
  return count;
}

/**
 * What the planner may still use, as plassplan.snapshot/1 wants it: `freeNow` = max(0, A(today))
 * and each later rise of max(0, A) as a departure on its day.
 */
export function plannerPlaces(days: LedgerDays): { freeNow: number; departures: DatedCount[] } {
  const freeNow = Math.max(0, days.available[0]!.count);
  const departures: DatedCount[] = [];
  let before = freeNow;
  for (const a of days.available.slice(1)) {
    const now = Math.max(0, a.count);
    if (now > before) departures.push({ date: a.date, count: now - before });
    before = now;
  }
  return { freeNow, departures };
}
