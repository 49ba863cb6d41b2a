/**
 * The forms of booked stays (avlastning): one stay or a series, moving a stay, cancelling
 * one. Dates are checked against today: no stay before today, none ending more than two
 * years ahead.
 */
import { z } from 'zod';
import { addDays, daysBetween } from '../../db/dates.ts';
import type { SeriesShape } from '../../db/queries/bookings.ts';
import { dateField, fieldErrors, idField, optionalTextField, textField, wholeNumberField } from '../forms.ts';

/** How far ahead a stay may end: two years. */
export const MAX_AHEAD_DAYS = 730;
/** The longest single planned stay, in days. */
export const MAX_STAY_DAYS = 90;
/** The longest stay of a series, in days, and the longest interval, in weeks. */
export const MAX_SERIES_STAY_DAYS = 28;
export const MAX_EVERY_WEEKS = 26;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export interface BookingForm {
  personId: number;
  stay?: { from: string; to: string };
  series?: SeriesShape;
  note?: string;
}

const person = idField('Velg personen oppholdet gjelder.');
const stayForm = z.object({
  person, fra: dateField('Skriv første dag av oppholdet.'), til: dateField('Skriv dagen oppholdet slutter.'), merknad: optionalTextField(500),
});
const seriesForm = z.object({
  person,
  forste: dateField('Skriv første dag av første opphold.'),
  dogn: wholeNumberField(`Skriv hvor mange døgn hvert opphold varer, 1–${MAX_SERIES_STAY_DAYS}.`, 1, MAX_SERIES_STAY_DAYS),
  uker: wholeNumberField(`Skriv hvor mange uker det er mellom hvert opphold, 1–${MAX_EVERY_WEEKS}.`, 1, MAX_EVERY_WEEKS),
  siste: dateField('Skriv siste dato for serien.'),
  merknad: optionalTextField(500),
});

const parsed = <T extends z.ZodType>(schema: T, body: unknown): FormResult<z.infer<T>> => {
  const result = schema.safeParse(body ?? {});
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
};

/** Problems with a stay's dates (field names `fraField` and `tilField`), checked against today. */
export function stayDateErrors(from: string, to: string, today: string, fraField = 'fra', tilField = 'til'): Record<string, string> {
  const errors: Record<string, string> = {};
  if (from < today) errors[fraField] = 'Oppholdet kan ikke begynne før i dag.';
  if (to <= from) errors[tilField] = 'Sluttdagen må være etter første dag.';
  else if (daysBetween(from, to) > MAX_STAY_DAYS) errors[tilField] = `Et planlagt opphold kan vare høyst ${MAX_STAY_DAYS} døgn. Bruk en serie for faste opphold.`;
  else if (to > addDays(today, MAX_AHEAD_DAYS)) errors[tilField] = 'Oppholdet må slutte innen to år fra i dag.';
  return errors;
}

/** A new stay (`type` = `enkelt`) or series (`type` = `serie`) from the form. */
export function parseBookingForm(body: Record<string, unknown>, today: string): FormResult<BookingForm> {
  if (body.type === 'serie') {
    const form = parsed(seriesForm, body);
    if (!form.ok) return form;
    const { person: personId, forste, dogn, uker, siste, merknad } = form.value;
    const errors: Record<string, string> = {};
    if (forste < today) errors.forste = 'Serien kan ikke begynne før i dag.';
    if (dogn > uker * 7) errors.dogn = `Oppholdene kan ikke overlappe: ${dogn} døgn er mer enn ${uker} ${uker === 1 ? 'uke' : 'uker'}.`;
    if (siste <= forste) errors.siste = 'Siste dato må være etter første dag.';
    else if (siste > addDays(today, MAX_AHEAD_DAYS)) errors.siste = 'Serien må slutte innen to år fra i dag.';
    else if (addDays(forste, dogn) > siste) errors.siste = 'Første opphold slutter etter siste dato: ingen opphold får plass i serien.';
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, value: { personId, series: { stayDays: dogn, everyWeeks: uker, firstFrom: forste, lastDate: siste }, note: merknad } };
  }
  if (body.type !== 'enkelt') return { ok: false, errors: { type: 'Velg ett opphold eller en serie.' } };
  const form = parsed(stayForm, body);
  if (!form.ok) return form;
  const { person: personId, fra, til, merknad } = form.value;
  const errors = stayDateErrors(fra, til, today);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { personId, stay: { from: fra, to: til }, note: merknad } };
}

const moveForm = z.object({
  fra: dateField('Skriv ny første dag.'), til: dateField('Skriv ny sluttdag.'), begrunnelse: textField('Skriv hvorfor oppholdet flyttes (minst 3 tegn).', 500),
});

/** New dates for a stay, with the reason. */
export function parseMoveForm(body: unknown, today: string): FormResult<{ from: string; to: string; reason: string }> {
  const form = parsed(moveForm, body);
  if (!form.ok) return form;
  const errors = stayDateErrors(form.value.fra, form.value.til, today);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { from: form.value.fra, to: form.value.til, reason: form.value.begrunnelse } };
}

const cancelForm = z.object({
  begrunnelse: textField('Skriv hvorfor oppholdet avlyses (minst 3 tegn).', 500),
  resten: z.unknown().optional(),
});

/** The reason, and whether the rest of the series goes too (`resten` = `ja`). */
export function parseCancelForm(body: unknown): FormResult<{ reason: string; rest: boolean }> {
  const form = parsed(cancelForm, body);
  return form.ok ? { ok: true, value: { reason: form.value.begrunnelse, rest: form.value.resten === 'ja' } } : form;
}
