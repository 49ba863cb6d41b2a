/** Norwegian formats for dates, money and counts. */

/** `2026-11-23` → `23.11.2026` */
export const formatDate = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '–';

const nok = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
/** `23924` → `23 924 kr` */
export const formatNok = (value: number): string => `${nok.format(Math.round(value))} kr`;

// One formatter, made once: Date#toLocaleString with options builds a new one on every call (~0.1 ms).
const osloMinute = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
/** A moment as Oslo wall time to the minute: `23.11.2026, 09:15`. */
export const formatOsloMinute = (at: Date | string): string => osloMinute.format(new Date(at));

/** Age of a report in words: «i dag 08:15», «i går», «for 5 dager siden». */
export function formatAge(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 60) return `for ${Math.max(minutes, 0)} min siden`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `for ${hours} t siden`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'for 1 dag siden' : `for ${days} dager siden`;
}

export const days = (n: number): string => (Math.abs(n) === 1 ? `${n} dag` : `${n} dager`);

/** A wait in whole seconds, rounded up to minutes from one minute on: «1 sekund», «40 sekunder», «15 minutter». */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minutt' : `${minutes} minutter`;
}

const count = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
/** `20000` → `20 000` */
export const formatCount = (n: number): string => count.format(n);
