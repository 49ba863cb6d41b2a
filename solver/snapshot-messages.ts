import type { core } from 'zod';
import { SNAPSHOT_LIMITS } from './snapshot-limits';

/** One problem in a snapshot: JSON path (`applicants[3].location.unitId`), English and bokmål text. */
export interface SnapshotError {
  path: string;
  message: string;
  messageNo: string;
}

/** Formats a property path as JSON-path-like text: `units[2].departures[0].date`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Builds an error at `path` with both languages. */
export function problem(path: readonly PropertyKey[], message: string, messageNo: string): SnapshotError {
  return { path: formatPath(path), message, messageNo };
}

const TYPE_EN: Record<string, string> = { int: 'an integer', array: 'a list', object: 'an object' };
const TYPE_NO: Record<string, string> = {
  int: 'et heltall',
  string: 'tekst',
  number: 'tall',
  object: 'objekt',
  array: 'liste',
  boolean: 'sann/usann',
};

const RANGE_EN = `${SNAPSHOT_LIMITS.firstDate} to ${SNAPSHOT_LIMITS.lastDate}`;
const RANGE_NO = `${SNAPSHOT_LIMITS.firstDate} til ${SNAPSHOT_LIMITS.lastDate}`;

/** Translates one zod issue into our messages (unknown fields give one error per field). */
export function issueMessages(issue: core.$ZodIssue): SnapshotError[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => problem([...path, k], 'unknown field', 'ukjent felt'));
    case 'invalid_type':
      if (isMissing(issue)) return [problem(path, 'required field is missing', 'påkrevd felt mangler')];
      return [
        problem(path, `must be ${TYPE_EN[issue.expected] ?? `a ${issue.expected}`}`, `må være ${TYPE_NO[issue.expected] ?? issue.expected}`),
      ];
    case 'too_small':
      if (issue.origin === 'string') return [problem(path, 'must not be empty', 'kan ikke være tom')];
      return [problem(path, `must be at least ${String(issue.minimum)}`, `må være minst ${String(issue.minimum)}`)];
    case 'too_big':
      if (issue.origin === 'array') return [problem(path, `must have at most ${String(issue.maximum)} items`, `kan ha høyst ${String(issue.maximum)} elementer`)];
      return [problem(path, `must be at most ${String(issue.maximum)}`, `må være høyst ${String(issue.maximum)}`)];
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [problem(path, `must be one of ${allowed}`, `må være en av ${allowed}`)];
    }
    case 'invalid_union':
      return [problem(path, 'has an invalid shape or type', 'har ugyldig form eller type')];
    case 'custom':
      if (issue.params?.kind === 'dateRange') return [problem(path, `must be a date from ${RANGE_EN}`, `må være en dato fra ${RANGE_NO}`)];
      return [problem(path, 'must be a valid date YYYY-MM-DD', 'må være en gyldig dato ÅÅÅÅ-MM-DD')];
    default:
      if (issue.code === 'invalid_format' || issue.code === 'not_multiple_of') {
        return [problem(path, 'has an invalid format', 'har ugyldig format')];
      }
      return [problem(path, issue.message, 'ugyldig verdi')];
  }
}

function isMissing(issue: core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && /received undefined/.test(issue.message);
}
