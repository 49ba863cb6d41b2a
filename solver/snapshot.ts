import { z } from 'zod';
import { isIsoDate } from './days';
import { checkSnapshotReferences } from './snapshot-refs';
import { checkSnapshotV2Rules } from './snapshot-rules-v2';
import { issueMessages, problem, type SnapshotError } from './snapshot-messages';
import { SNAPSHOT_LIMITS as LIMITS } from './snapshot-limits';

export type { SnapshotError } from './snapshot-messages';

export const SNAPSHOT_V1 = 'plassplan.snapshot/1';
export const SNAPSHOT_V2 = 'plassplan.snapshot/2';

const isoDate = z
  .string()
  .refine(isIsoDate, { params: { kind: 'date' }, abort: true })
  .refine((d) => d >= LIMITS.firstDate && d <= LIMITS.lastDate, { params: { kind: 'dateRange' } });
const id = z.string().min(1);
const count = z.number().int().min(0).max(LIMITS.maxCount);
const nok = z.number().min(0).max(LIMITS.maxNok);
const tags = z.array(z.string()).default([]);

/** Cost defaults differ by version only in the guarantee prices. */
function costsSchema(breach: number, lateDay: number) {
  const schema = z.strictObject({
    overliggerdognNok: nok.default(5981),
    guaranteeBreachNok: nok.default(breach),
    guaranteeLateDayNok: nok.default(lateDay),
    waitingDayNok: z
      .strictObject({ '1': nok.default(1500), '2': nok.default(500), '3': nok.default(100) })
      .default({ '1': 1500, '2': 500, '3': 100 }),
    nonPreferredNok: nok.default(300),
  });
  return schema.default(() => schema.parse({}));
}

const unitV1 = z.strictObject({
  id,
  name: z.string().optional(),
  kind: z.enum(['korttid', 'langtid', 'bofellesskap']),
  tags,
  beds: count.optional(),
  freeNow: count,
  departures: z.array(z.strictObject({ date: isoDate, count })).default([]),
});

const booking = z.strictObject({ from: isoDate, to: isoDate, count: z.number().int().min(1).max(LIMITS.maxCount) });

const unitV2 = unitV1.extend({
  onlyFor: tags,
  bookings: z.array(booking).max(LIMITS.maxBookings).default([]),
});

const location = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('home') }),
  z.strictObject({ type: z.literal('hospital'), dischargeReadyDate: isoDate }),
  z.strictObject({ type: z.literal('unit'), unitId: id }),
]);

const applicantV1 = z.strictObject({
  id,
  kind: z.enum(['korttid', 'langtid', 'bofellesskap']),
  requires: tags,
  priority: z.literal([1, 2, 3]),
  decisionDate: isoDate.optional(),
  guaranteeDate: isoDate.optional(),
  earliestDate: isoDate.optional(),
  location,
  preferredUnits: z.array(id).optional(),
  excludedUnits: z.array(id).optional(),
});

const applicantV2 = applicantV1.extend({
  interim: z.strictObject({ requires: tags }).optional(),
  partnerId: id.optional(),
});

/**
 * Zod schema of exchange format `plassplan.snapshot/1` (structure only; references are checked
 * separately), with the extra limits of {@link LIMITS} on counts, dates and prices.
 */
export const snapshotSchemaV1 = z.strictObject({
  format: z.literal(SNAPSHOT_V1),
  today: isoDate,
  horizonDays: z.number().int().min(1).max(366),
  turnaroundDays: count.default(1),
  costs: costsSchema(50_000, 2000),
  units: z.array(unitV1),
  applicants: z.array(applicantV1),
});

/** Zod schema of `plassplan.snapshot/2`: v1 plus tailDays, onlyFor, bookings, interim, partnerId. */
export const snapshotSchemaV2 = z.strictObject({
  format: z.literal(SNAPSHOT_V2),
  today: isoDate,
  horizonDays: z.number().int().min(1).max(366),
  turnaroundDays: z.number().int().min(0).max(14).default(1),
  tailDays: z.number().int().min(0).max(366).default(14),
  costs: costsSchema(10_000, 3000),
  units: z.array(unitV2),
  applicants: z.array(applicantV2),
});

/** Either version, picked by `format`. */
export const snapshotSchema = z.discriminatedUnion('format', [snapshotSchemaV1, snapshotSchemaV2]);

export type SnapshotV1 = z.infer<typeof snapshotSchemaV1>;
export type SnapshotV2 = z.infer<typeof snapshotSchemaV2>;

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/**
 * A valid snapshot of either version with every default filled in, seen through v2: the v2-only
 * fields are absent in v1, and absent means the v1 meaning (see the accessors in rules.ts).
 */
export type Snapshot = Omit<Optional<SnapshotV2, 'tailDays'>, 'format' | 'units' | 'applicants'> & {
  format: typeof SNAPSHOT_V1 | typeof SNAPSHOT_V2;
  units: Unit[];
  applicants: Applicant[];
};
export type Unit = Optional<SnapshotV2['units'][number], 'onlyFor' | 'bookings'>;
export type Applicant = SnapshotV2['applicants'][number];
export type Booking = z.infer<typeof booking>;
export type UnitKind = Unit['kind'];
export type Costs = Snapshot['costs'];

/** Outcome of {@link validateSnapshot}: the snapshot with defaults, or every problem by JSON path. */
export type SnapshotValidation =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; errors: SnapshotError[] };

/**
 * Validates untrusted input against the snapshot format as a whole; `format` picks the version
 * (`plassplan.snapshot/1` exactly as before; a missing or unknown format is one error naming both
 * values, the rest checked as v2): structure (strict objects, types, ranges, ISO dates, the limits
 * of snapshot-limits.ts), references (unique ids, known unit ids, departures not before today, no
 * `earliestDate` for hospital patients, at most 10,000 places per unit) and the cross-field rules
 * of v2 (onlyFor, bookings, interim, partners; snapshot-rules-v2.ts). Never throws.
 * @returns the snapshot with every default filled in, or every problem with its JSON path
 *   (`applicants[3].location.unitId`), English and bokmål.
 */
export function validateSnapshot(input: unknown): SnapshotValidation {
  const v1 = formatOf(input) === SNAPSHOT_V1;
  // Parse with the schema of the input's own version, so that errors speak of that version's
  // fields; a missing or unknown format is checked as v2, the version Plassplan writes.
  const parsed = v1 ? snapshotSchemaV1.safeParse(input) : snapshotSchemaV2.safeParse(input);
  const errors = parsed.success ? [] : parsed.error.issues.filter((i) => !isFormatIssue(i)).flatMap(issueMessages);
  if (!parsed.success && parsed.error.issues.some(isFormatIssue)) errors.unshift(formatProblem(input));
  errors.push(...checkSnapshotReferences(input));
  if (!v1) errors.push(...checkSnapshotV2Rules(input));
  const unique = dedupe(errors);
  if (parsed.success && unique.length === 0) return { ok: true, snapshot: parsed.data };
  return { ok: false, errors: unique };
}

function formatOf(input: unknown): unknown {
  return typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : undefined;
}

function isFormatIssue(issue: { path: PropertyKey[] }): boolean {
  return issue.path.length === 1 && issue.path[0] === 'format';
}

/** One error for a missing or unknown format that names both accepted values. */
function formatProblem(input: unknown): SnapshotError {
  const accepted = `"${SNAPSHOT_V1}" or "${SNAPSHOT_V2}"`;
  const acceptedNo = `"${SNAPSHOT_V1}" eller "${SNAPSHOT_V2}"`;
  if (formatOf(input) === undefined) {
    return problem(['format'], `required field is missing: ${accepted}`, `påkrevd felt mangler: ${acceptedNo}`);
  }
  return problem(['format'], `must be ${accepted}`, `må være ${acceptedNo}`);
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
