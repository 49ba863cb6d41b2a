/**
 * Form fields shared by every feature's forms and the CSV import, with Norwegian
 * messages. Dates come as ISO (`2026-11-23`, from <input type="date">) or Norwegian
 * (`23.11.2026`, from the case system); numbers may have a decimal comma. Every field
 * takes `unknown` safely: a JSON object where text belongs fails at the field, it never throws.
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

/** Control characters other than tab, newline and carriage return: nobody types them, PostgreSQL refuses NUL. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasControlChars = (text: string): boolean => CONTROL_CHARS.test(text);

/** Text: a non-string fails with `message`, control characters are refused at the field. */
export const stringField = (message = 'Feltet må være tekst.') =>
  z.string({ message }).refine((v) => !hasControlChars(v), 'Teksten inneholder tegn som ikke er tillatt.');

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A required date; `message` names what is missing. */
export const dateField = (message: string) => stringField(message).trim().min(1, message)
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
  stringField(message).trim().min(3, message).max(max, `Teksten kan være høyst ${max} tegn.`);

/** Free text that may be left blank (undefined). */
export const optionalTextField = (max = 2000) =>
  z.preprocess(blankToUndefined, stringField().trim().max(max, `Teksten kan være høyst ${max} tegn.`).optional());

/** fødselsnummer or D-nummer; spaces are allowed when typed, both check digits and the 2032 rule are checked. */
export const fnrField = stringField('Skriv fødselsnummeret (11 siffer).')
  .transform((value) => value.replace(/\s/g, ''))
  .superRefine((value, ctx) => {
    const problem = fnrProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: fnrProblemText(problem) });
  });

/** A list from repeated form fields (`behov=a&behov=b`) or one text (`a|b`, `a b`, `a,b`). */
export const listField = <T extends z.ZodType>(item: T) => z.preprocess((value) => {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== '');
  return typeof value === 'string' ? value.split(/[\s,|+]+/).filter(Boolean) : value;
}, z.array(item, { message: 'Velg fra listen.' }));

/** First message per field, for rendering next to the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message;
  return errors;
}

const MAX_ID = 2_147_483_647;

/**
 * A row id (serial, PostgreSQL int4): a positive integer up to 2³¹−1 written in plain
 * digits, so `15.0`, `0x0f`, `015`, `+15` and `1e1` are not 15. A JSON number must be such
 * an integer too. Null for anything else, which then never reaches SQL.
 */
export function parseId(value: unknown): number | null {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(id) && id > 0 && id <= MAX_ID ? id : null;
}

/** A form field holding a row id (a chosen person, unit, stay…); anything else fails with `message`. */
export const idField = (message: string) => z.unknown().transform((value, ctx) => {
  const id = parseId(value);
  if (id === null) ctx.addIssue({ code: 'custom', message });
  return id ?? z.NEVER;
});

/** A row id from the URL (the route table has already refused malformed ones with 404). */
export const idParam = idField('Fant ikke det du ba om.');

/**
 * The submitted fields that are text or lists of text (repeated checkboxes), to show a
 * refused form again; anything else a JSON body may hold is left out, so no view renders an object.
 */
export function submittedValues(body: unknown): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return values;
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

/** The submitted fields that are text, for forms without lists. */
export const submittedText = (body: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(submittedValues(body)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
