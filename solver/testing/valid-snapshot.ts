import { validateSnapshot, type Snapshot } from '../snapshot';

/**
 * Round-trips a raw snapshot (an arbitrary's draw, a parsed file) through JSON and the
 * validator, as the CLI and server do, so tests plan what a caller would: defaults filled in.
 * @throws with the validator's errors if the snapshot is invalid
 */
export function validSnapshot(raw: unknown): Snapshot {
  const v = validateSnapshot(JSON.parse(JSON.stringify(raw)));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}
