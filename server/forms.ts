/**
 * Form fields shared by every feature's forms and the CSV import, with Norwegian
 * messages. Dates come as ISO (`2026-11-23`, from <input type="date">) or Norwegian
 * (`23.11.2026`, from the case system); numbers may have a decimal comma.
 */
import { z } from 'zod';
import { fnrProblem, fnrProblemText } from '../db/fnr.ts';

/** `23.11.2026` or `2026-11-23` → `2026-11-23`; null when it is no real calendar day. */
export function parseDate(value: string): string | null {
  const text = value.trim();
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = norwegian
    ? `${norwegian[3]}-${norwegian[2]!.padStart(2, '0')}-${norwegian[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  if (!iso) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A required date; `message` names what is missing. */
export const dateField = (message: string) => z.string({ message }).trim().min(1, message)
  .transform((value, ctx) => {
    const iso = parseDate(value);
    if (!iso) ctx.addIssue({ code: 'custom', message: 'Skriv en gyldig dato (dd.mm.åååå).' });
    return iso ?? '';
  });

/** An optional date: blank is undefined. */
export const optionalDateField = () => z.preprocess(blankToUndefined, dateField('Skriv en gyldig dato (dd.mm.åååå).').optional());

/** A whole number, also written with a decimal comma (`2,0`). */
export const wholeNumberField = (message: string, min: number, max: number) => z.preprocess(
  (value) => (typeof value === 'string' ? Number(value.trim().replace(/\s/g, '').replace(',', '.')) : value),
  z.number({ message }).refine((n) => Number.isInteger(n) && n >= min && n <= max, message),
);

/** Free text that must say something, e.g. a reason. */
export const textField = (message: string, max = 2000) =>
  z.string({ message }).trim().min(3, message).max(max, `Teksten kan være høyst ${max} tegn.`);

export const optionalTextField = (max = 2000) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Teksten kan være høyst ${max} tegn.`).optional());

/** fødselsnummer or D-nummer; spaces are allowed when typed, both check digits and the 2032 rule are checked. */
export const fnrField = z.string({ message: 'Skriv fødselsnummeret (11 siffer).' })
  .transform((value) => value.replace(/\s/g, ''))
  .superRefine((value, ctx) => {
    const problem = fnrProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: fnrProblemText(problem) });
  });

/** A list from repeated form fields (`behov=a&behov=b`) or one text (`a|b`, `a b`, `a,b`). */
export const listField = <T extends z.ZodType>(item: T) => z.preprocess((value) => {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== '');
  return String(value).split(/[\s,|+]+/).filter(Boolean);
}, z.array(item));

/** First message per field, for rendering next to the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message;
  return errors;
}

/** A row id from the URL: a positive 32-bit integer (anything else is «not found»). */
export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
