/**
 * Norwegian formats for every view: numbers, kroner, dates, times, relative times, counts
 * with their noun, and tag codes as words. Nothing else calls `toLocaleString` or `Intl`.
 */

const OSLO = 'Europe/Oslo';
// Formatters are made once: Date#toLocaleString with options builds a new one on every call (~0.1 ms).
const number = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const dateTime = new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO, dateStyle: 'short', timeStyle: 'short' });
const dateTimeSeconds = new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO, dateStyle: 'short', timeStyle: 'medium' });
const clock = new Intl.DateTimeFormat('nb-NO', { timeZone: OSLO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit' });
const relative = new Intl.RelativeTimeFormat('nb-NO', { numeric: 'always' });
const list = new Intl.ListFormat('nb-NO', { type: 'conjunction' });

/** `3412` → `3 412` (whole numbers, rounded; a no-break space groups thousands). */
export const formatNumber = (value: number): string => number.format(Math.round(value));

/** `10.44` → `10,4` (one decimal at most). */
export const formatDecimal = (value: number): string => decimal.format(value);

/**
 * A number for a CSV cell that Norwegian Excel reads as a number: no thousands grouping, a
 * decimal comma, exactly `decimals` decimals: `(10.44, 1)` → `10,4`, `(3412, 0)` → `3412`.
 */
export const formatCsvNumber = (value: number, decimals: number): string => value.toFixed(decimals).replace('.', ',');

/** `5981` → `5 981 kr` */
export const formatNok = (value: number): string => `${formatNumber(value)} kr`;

/** `2026-11-23` → `23.11.2026`; nothing → `–`. */
export const formatDate = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '–';

/** `2026-12-11` → `11.12.` (day and month, for dates close to today). */
export const formatDayMonth = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.`;

/** `2026-12-01` → `tirsdag 1. desember` */
export const formatLongDate = (iso: string): string => longDate.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** A day as a heading: `2026-12-01` → `Tirsdag 1. desember 2026`. */
export const formatDayHeading = (iso: string): string => `${capitalize(formatLongDate(iso))} ${iso.slice(0, 4)}`;

/** A moment in Oslo time: `01.12.2026, 09:15`; with seconds: `01.12.2026, 09:15:02`. */
export const formatDateTime = (at: Date | string, seconds = false): string =>
  (seconds ? dateTimeSeconds : dateTime).format(new Date(at));

/** The Oslo clock: `09:15`. */
export const formatClock = (at: Date): string => clock.format(at);

/** The Oslo calendar day of a moment as `YYYY-MM-DD` (for comparing with stored dates). */
export const osloDay = (at: Date): string => isoDay.format(at);

/** `1, 'ledig', 'ledige'` → `1 ledig`; `3` → `3 ledige`. */
export const formatCount = (n: number, one: string, many: string): string =>
  `${formatNumber(n)} ${Math.abs(n) === 1 ? one : many}`;

/** Whole days: `1 dag`, `3 dager`, `-2 dager`. */
export const days = (n: number): string => formatCount(n, 'dag', 'dager');

/** Age of a report in words: «akkurat nå», «for 3 minutter siden», «for 2 timer siden», «for 5 dager siden». */
export function formatAge(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return 'akkurat nå';
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  return `for ${days(Math.floor(hours / 24))} siden`;
}

/** A wait in whole seconds, rounded up to minutes from one minute on: «1 sekund», «40 sekunder», «15 minutter». */
export function formatWait(seconds: number): string {
  if (seconds < 60) return formatCount(seconds, 'sekund', 'sekunder');
  return formatCount(Math.ceil(seconds / 60), 'minutt', 'minutter');
}

/** `['a', 'b', 'c']` → `a, b og c` */
export const formatList = (items: readonly string[]): string => list.format(items);

/** Needs and unit features as words in running text; the codes are the stored values. */
export const TAG_WORDS: Readonly<Record<string, string>> = {
  'psykisk-helse': 'psykisk helse', rop: 'rus og psykiatri (ROP)', utviklingshemming: 'utviklingshemming',
  'barn-unge': 'barn og unge', skjermet: 'skjermet plass', rehabilitering: 'rehabilitering',
};

/** A tag code as words (`psykisk-helse` → `psykisk helse`); an unknown code with its dashes as spaces. */
export const formatTag = (tag: string): string => TAG_WORDS[tag] ?? tag.replaceAll('-', ' ');

/** Tags as one phrase: `psykisk helse og barn og unge`; none → `–`. */
export const formatTags = (tags: readonly string[]): string => (tags.length ? formatList(tags.map(formatTag)) : '–');

/** Words with a capital first letter, for a label or a tag. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Place kinds as words. */
export const KIND_WORDS: Readonly<Record<string, string>> = { korttid: 'Korttid', langtid: 'Langtid', bofellesskap: 'Bofellesskap' };

/** A place kind as a label (`korttid` → `Korttid`). */
export const formatKind = (kind: string): string => KIND_WORDS[kind] ?? capitalize(kind);

/**
 * A closure as one phrase: «Stengt for inntak: norovirusutbrudd». A reason that already
 * says «Stengt for inntak …» is not said twice.
 */
export function formatClosed(reason: string | null | undefined): string {
  const text = (reason ?? '').trim();
  if (!text) return 'Stengt for inntak';
  return /^stengt\b/i.test(text) ? capitalize(text) : `Stengt for inntak: ${text}`;
}

/** Departures a leader announced: «2 avganger varslet 11.12.», several joined with commas; none → `–`. */
export const formatDepartures = (departures: readonly { date: string; count: number }[]): string =>
  departures.map((d) => `${formatCount(d.count, 'avgang', 'avganger')} varslet ${formatDayMonth(d.date)}`).join(', ') || '–';

/**
 * Places that become free for new reservations on later days, from the ledger: «2 ledige fra
 * 11.12.», several joined with commas; none → `–`. Worded by what the office can do with them,
 * not by their cause: an announced departure, a move's bed after its turnaround and a booked
 * stay's return read the same (none of the latter is «varslet»).
 */
export const formatFreeFrom = (days: readonly { date: string; count: number }[]): string =>
  days.map((d) => `${formatCount(d.count, 'ledig', 'ledige')} fra ${formatDayMonth(d.date)}`).join(', ') || '–';

/** A share 0–100 → `12,3 %` (one decimal at most, no-break space); null (nothing to divide by) → `–`. */
export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${decimal.format(value)}\u00a0%`;

/** A change with its sign: `+3`, `−2,5` (a true minus), `0`; one decimal at most. */
export const formatSigned = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '\u2212'}${decimal.format(Math.abs(rounded))}`;
};

const shortMonths = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
/** A month `2026-03` (or any ISO day in it) → `mars 26` (a no-break space): short, for a chart's axis. */
export const formatShortMonth = (iso: string): string => `${shortMonths[Number(iso.slice(5, 7)) - 1]}\u00a0${iso.slice(2, 4)}`;
