import { z } from 'zod';
import { isIsoDate } from './days';
import { checkSnapshotReferences } from './snapshot-refs';
import { issueMessages, type SnapshotError } from './snapshot-messages';
import { SNAPSHOT_LIMITS as LIMITS } from './snapshot-limits';

export type { SnapshotError } from './snapshot-messages';

const isoDate = z
  .string()
  .refine(isIsoDate, { params: { kind: 'date' }, abort: true })
  .refine((d) => d >= LIMITS.firstDate && d <= LIMITS.lastDate, { params: { kind: 'dateRange' } });
const id = z.string().min(1);
const count = z.number().int().min(0).max(LIMITS.maxCount);
const nok = z.number().min(0).max(LIMITS.maxNok);

const costs = z.strictObject({
  overliggerdognNok: nok.default(5981),
  guaranteeBreachNok: nok.default(50_000),
  guaranteeLateDayNok: nok.default(2000),
  waitingDayNok: z
    .strictObject({ '1': nok.default(1500), '2': nok.default(500), '3': nok.default(100) })
    .default({ '1': 1500, '2': 500, '3': 100 }),
  nonPreferredNok: nok.default(300),
});

const unit = z.strictObject({
  id,
  name: z.string().optional(),
  kind: z.enum(['korttid', 'langtid', 'bofellesskap']),
  tags: z.array(z.string()).default([]),
  beds: count.optional(),
  freeNow: count,
  departures: z.array(z.strictObject({ date: isoDate, count })).default([]),
});

const location = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('home') }),
  z.strictObject({ type: z.literal('hospital'), dischargeReadyDate: isoDate }),
  z.strictObject({ type: z.literal('unit'), unitId: id }),
]);

const applicant = z.strictObject({
  id,
  kind: z.enum(['korttid', 'langtid', 'bofellesskap']),
  requires: z.array(z.string()).default([]),
  priority: z.literal([1, 2, 3]),
  decisionDate: isoDate.optional(),
  guaranteeDate: isoDate.optional(),
  earliestDate: isoDate.optional(),
  location,
  preferredUnits: z.array(id).optional(),
  excludedUnits: z.array(id).optional(),
});

/**
 * Zod schema of exchange format `plassplan.snapshot/1` (structure only; references are checked
 * separately), with the extra limits of {@link LIMITS} on counts, dates and prices.
 */
export const snapshotSchema = z.strictObject({
  format: z.literal('plassplan.snapshot/1'),
  today: isoDate,
  horizonDays: z.number().int().min(1).max(366),
  turnaroundDays: count.default(1),
  costs: costs.default(() => costs.parse({})),
  units: z.array(unit),
  applicants: z.array(applicant),
});

/** A valid snapshot with every default filled in. */
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Unit = Snapshot['units'][number];
export type Applicant = Snapshot['applicants'][number];
export type UnitKind = Unit['kind'];
export type Costs = Snapshot['costs'];

/** Outcome of {@link validateSnapshot}: the snapshot with defaults, or every problem by JSON path. */
export type SnapshotValidation =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; errors: SnapshotError[] };

/**
 * Validates untrusted input against the snapshot format as a whole: structure (strict objects,
 * types, ranges, ISO dates, the limits of snapshot-limits.ts) and references (unique ids, known
 * unit ids, departures not before today, no `earliestDate` for hospital patients, at most
 * 10,000 places per unit). Never throws.
 * @returns every problem with its JSON path (`applicants[3].location.unitId`), English and bokmål.
 */
export function validateSnapshot(input: unknown): SnapshotValidation {
  const parsed = snapshotSchema.safeParse(input);
  const errors = parsed.success ? [] : parsed.error.issues.flatMap(issueMessages);
  errors.push(...checkSnapshotReferences(input));
  const unique = dedupe(errors);
  if (parsed.success && unique.length === 0) return { ok: true, snapshot: parsed.data };
  return { ok: false, errors: unique };
}

function dedupe(errors: SnapshotError[]): SnapshotError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
