/**
 * Validation limits of a snapshot beyond its format: values no real allocation office comes
 * near, so that a typo or a hostile file (`freeNow: 1e9`, a date in year 9999, a price of
 * 1e12) is a validation error with its path instead of an out-of-memory crash or a
 * meaningless plan. The planner allocates memory per place (explain-beds.ts), so places are
 * bounded per unit in total, not only per field.
 */
export const SNAPSHOT_LIMITS = {
  /** any single count (beds, freeNow, a departure's count, turnaroundDays) and a unit's places in total (freeNow + departures) */
  maxCount: 10_000,
  /** bookings of one unit (v2): each is a stay the planner tracks day by day */
  maxBookings: 10_000,
  /** any price or weight in `costs`, NOK */
  maxNok: 10_000_000,
  /** every date lies in firstDate ..= lastDate (ISO strings, so they compare as text) */
  firstDate: '2000-01-01',
  lastDate: '2100-12-31',
} as const;
