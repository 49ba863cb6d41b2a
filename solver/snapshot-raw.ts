import { isIsoDate } from './days';

/** A JSON object of untrusted input (not an array, not null). */
export type Raw = Record<string, unknown>;

/** True if `v` is a plain JSON object. */
export function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `v` if it is an array, else `[]` (the schema reports the wrong type). */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** `v` if it is a real ISO date, else undefined. */
export function isoDateOf(v: unknown): string | undefined {
  return typeof v === 'string' && isIsoDate(v) ? v : undefined;
}

/** `v` if it is a whole number ≥ `min`, else undefined. */
export function wholeAtLeast(v: unknown, min: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= min ? v : undefined;
}
