/** Where a waiting person is and how their guarantee stands: the one rule for tags, filters and the overview. */
import type { PlaceKind } from '../schema.ts';

/** Days before the guarantee date from which it counts as «snart». */
export const GUARANTEE_SOON_DAYS = 7;

/** over: the guarantee date has passed; snart: within GUARANTEE_SOON_DAYS; innenfor: later; uten: no date. */
export const GUARANTEE_STATUSES = ['over', 'snart', 'innenfor', 'uten'] as const;
export type GuaranteeStatus = (typeof GUARANTEE_STATUSES)[number];

export const PLACES = ['hjemme', 'sykehus', 'korttidsplass', 'annen-enhet'] as const;
export type Place = (typeof PLACES)[number];

/** `daysLeft`: days until the guarantee date, negative once passed; null without a date. */
export function guaranteeStatus(daysLeft: number | null): GuaranteeStatus {
  if (daysLeft === null) return 'uten';
  if (daysLeft < 0) return 'over';
  return daysLeft <= GUARANTEE_SOON_DAYS ? 'snart' : 'innenfor';
}

/** A person in hospital, on a unit (korttid or other), or at home. */
export function placeOf(location: { type: 'home' } | { type: 'hospital' } | { type: 'unit'; unitKind: PlaceKind }): Place {
  if (location.type === 'home') return 'hjemme';
  if (location.type === 'hospital') return 'sykehus';
  return location.unitKind === 'korttid' ? 'korttidsplass' : 'annen-enhet';
}
