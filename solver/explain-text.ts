import { dateOfDay } from './days';
import type { Snapshot } from './snapshot';

/** NOK with bokmål thousands spacing: 23924 → "23 924 kr". */
export function kr(nok: number): string {
  const rounded = Math.round(nok);
  return `${String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
}

/** A day index read aloud: "i dag", "i morgen", "i overmorgen", else "25.11.2026". */
export function dayText(snapshot: Snapshot, day: number): string {
  if (day === 0) return 'i dag';
  if (day === 1) return 'i morgen';
  if (day === 2) return 'i overmorgen';
  return `${day < 0 ? '' : 'den '}${isoToNorwegian(dateOfDay(snapshot.today, day))}`;
}

/** "2026-11-25" → "25.11.2026". */
export function isoToNorwegian(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** A unit's name when present, else its id. */
export function unitName(snapshot: Snapshot, unit: number): string {
  const u = snapshot.units[unit]!;
  return u.name ?? u.id;
}

/** "1 døgn" / "4 døgn" style counts. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Joins clauses into one sentence with "; " and a final full stop. */
export function sentence(parts: string[]): string {
  const text = parts.filter((p) => p !== '').join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
