/** The hospital's messages as forms, with Norwegian messages per field. */
import { z } from 'zod';
import { dateField, optionalDateField, optionalTextField, stringField, textField } from '../forms.ts';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** `2026-11-23T10:15` as Oslo wall-clock time → the instant; null when malformed. */
export function parseOsloDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(asUtc)) return null;
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetFormat.format(new Date(asUtc)));
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(asUtc - minutes * 60_000);
}

const notifiedField = z.preprocess((v) => (v === '' ? undefined : v), stringField('Skriv dato og klokkeslett for varselet.').optional())
  .transform((value, ctx) => {
    if (value === undefined) return null;
    const at = parseOsloDateTime(value);
    if (!at) ctx.addIssue({ code: 'custom', message: 'Skriv dato og klokkeslett for varselet.' });
    return at;
  });

/** Dates the hospital reports cannot lie after today. */
export const hospitalForms = (today: string) => {
  const notFuture = (message: string) => dateField(message).refine((d) => d <= today, 'Datoen kan ikke være fram i tid.');
  return {
    admit: z.object({
      innlagt: notFuture('Skriv datoen personen ble innlagt.'),
      utskrivningsklar: optionalDateField().refine((d) => d === undefined || d <= today, 'Datoen kan ikke være fram i tid.'),
      varslet: notifiedField,
    }),
    ready: z.object({ utskrivningsklar: notFuture('Skriv datoen personen er utskrivningsklar fra.'), varslet: notifiedField }),
    notReady: z.object({ merknad: optionalTextField(1000) }),
    end: z.object({
      melding: z.enum(['utskrevet', 'avmeldt'], { message: 'Velg utskrevet eller avmeldt.' }),
      dato: notFuture('Skriv datoen oppholdet sluttet.'),
      arsak: textField('Skriv hvor personen ble utskrevet til, eller hvorfor de ble avmeldt.', 500),
    }),
  };
};
