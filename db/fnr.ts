/**
 * fødselsnummer and D-nummer: 11 digits, a birth date (DDMMYY, D-nummer adds 4 to the
 * first digit; synthetic test numbers add 40 or 80 to the month), a personal number and
 * two mod-11 check digits. From 2032 the first check digit may take four values: the
 * weighted sum including it may leave remainder 0, 1, 2 or 3. Both rules are accepted.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

export type FnrProblem = 'format' | 'date' | 'check1' | 'check2';

const weightedSum = (digits: number[], weights: number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);

/** Returns what is wrong with the number, or null when it is a valid fødselsnummer or D-nummer. */
export function fnrProblem(value: string): FnrProblem | null {
  if (!/^\d{11}$/.test(value)) return 'format';
  const digits = [...value].map(Number);
  if (!hasPlausibleDate(digits)) return 'date';
  if (weightedSum(digits, K1_WEIGHTS) % 11 > 3) return 'check1';
  if (weightedSum(digits, K2_WEIGHTS) % 11 !== 0) return 'check2';
  return null;
}

export const isValidFnr = (value: string) => fnrProblem(value) === null;

function hasPlausibleDate(digits: number[]): boolean {
  let day = (digits[0] ?? 0) * 10 + (digits[1] ?? 0);
  let month = (digits[2] ?? 0) * 10 + (digits[3] ?? 0);
  if (day > 40) day -= 40; // D-nummer
  if (month > 80) month -= 80; // synthetic (Skatteetaten's test numbers)
  else if (month > 40) month -= 40; // synthetic (H-nummer style test numbers)
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Norwegian text for a problem, for the field's error message. */
export function fnrProblemText(problem: FnrProblem): string {
  return {
    format: 'Fødselsnummer må være 11 siffer.',
    date: 'Fødselsnummeret har ingen gyldig fødselsdato.',
    check1: 'Fødselsnummeret har feil første kontrollsiffer.',
    check2: 'Fødselsnummeret har feil andre kontrollsiffer.',
  }[problem];
}

/**
 * Builds a valid synthetic number (month + 80, so it can never belong to a real person)
 * for a birth date and a three-digit individual number; null if no check digits fit.
 */
export function syntheticFnr(birth: { year: number; month: number; day: number }, individual: number): string | null {
  const base = [
    ...pad(birth.day), ...pad(birth.month + 80), ...pad(birth.year % 100), ...pad3(individual),
  ];
  const r1 = weightedSum([...base, 0], K1_WEIGHTS) % 11;
  const k1 = r1 === 0 ? 0 : 11 - r1;
  if (k1 === 10) return null;
  const withK1 = [...base, k1];
  const r2 = weightedSum([...withK1, 0], K2_WEIGHTS) % 11;
  const k2 = r2 === 0 ? 0 : 11 - r2;
  if (k2 === 10) return null;
  return [...withK1, k2].join('');
}

const pad = (n: number) => [Math.floor(n / 10) % 10, n % 10];
const pad3 = (n: number) => [Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];

/** Birth year from the individual number and the two-digit year (pre-2032 rule; a guess otherwise). */
export function birthDateOf(fnr: string): { year: number; month: number; day: number } {
  const d = [...fnr].map(Number) as number[];
  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const yy = d[4]! * 10 + d[5]!;
  const individual = d[6]! * 100 + d[7]! * 10 + d[8]!;
  const year = individual >= 500 && individual <= 999 && yy < 40 ? 2000 + yy : 1900 + yy;
  return { year, month, day };
}

/** Masked for lists: birth date and the last two digits hidden, e.g. `••••••123••`. */
export const maskFnr = (fnr: string) => `••••••${fnr.slice(6, 9)}••`;
