import { problem, type SnapshotError } from './snapshot-messages';
import { isObject, isoDateOf, list, wholeAtLeast, type Raw } from './snapshot-raw';
import { checkBookings, type Frame } from './snapshot-rules-bookings';
import { checkInterim, checkPartners } from './snapshot-rules-partners';

/**
 * Cross-field rules of snapshot v2 that the schema cannot express: `onlyFor` ⊆ `tags`; bookings
 * from today on, ending after they start, and within the unit's places even if nobody is admitted;
 * interim only for langtid/bofellesskap from home or hospital and not for a partner; partners
 * mutual and of the same kind. (Unique ids, unit references and departures are checked for both
 * versions in snapshot-refs.ts.) Works on untrusted input: parts of the wrong shape are skipped,
 * the schema reports those.
 */
export function checkSnapshotV2Rules(input: unknown): SnapshotError[] {
  if (!isObject(input)) return [];
  const errors: SnapshotError[] = [];
  const frame = frameOf(input);
  list(input.units).forEach((u, i) => {
    if (!isObject(u)) return;
    checkOnlyFor(u, i, errors);
    checkBookings(u, i, frame, errors);
  });
  list(input.applicants).forEach((a, i) => {
    if (isObject(a)) checkInterim(a, i, errors);
  });
  checkPartners(list(input.applicants), errors);
  return errors;
}

/** today and horizonDays where valid (a horizon beyond 366 days is an error, not a day count to allocate). */
function frameOf(input: Raw): Frame {
  const h = wholeAtLeast(input.horizonDays, 1);
  return { today: isoDateOf(input.today), horizonDays: h !== undefined && h <= 366 ? h : undefined };
}

/** A unit only for a need must offer it: every `onlyFor` tag is one of its `tags`. */
function checkOnlyFor(u: Raw, i: number, errors: SnapshotError[]): void {
  const tags = list(u.tags);
  list(u.onlyFor).forEach((t, j) => {
    if (typeof t === 'string' && !tags.includes(t)) {
      errors.push(problem(['units', i, 'onlyFor', j], `"${t}" is not one of the unit's tags`,
        `"${t}" er ikke blant enhetens tags`));
    }
  });
}
