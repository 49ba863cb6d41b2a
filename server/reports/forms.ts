/**
 * The leader's forms, with a Norwegian message at each field. The report's rules need
 * the unit (physical beds) and today, so the schema is made per request.
 */
import { z } from 'zod';
import { isIsoDate } from '../../db/dates.ts';
import { DEPARTURE_REASONS } from '../../db/queries/report-events.ts';
import type { ExpectedDeparture, ReportFigures } from '../../db/queries/reports.ts';
import { formatCount } from '../../views/format.ts';
import { DEPARTURE_ROWS } from '../../views/reports/report-form.tsx';
import { idField, parseId, stringField } from '../forms.ts';



const count = (what: string) => stringField(`Skriv ${what}.`).trim()
  .regex(/^\d{1,4}$/, `Skriv ${what} som et helt tall (0 eller mer).`).transform(Number);

const optionalText = (max: number, message: string) =>
  stringField().trim().max(max, message).optional().transform((v) => (v ? v : null));

const figuresSchema = z.object({
  bemannede: count('antall bemannede senger'),
  belagt: count('antall belagte senger'),
  ledige: count('antall ledige plasser'),
  reservert: count('antall reserverte plasser'),
  stengt: stringField().optional().transform((v) => v === 'ja'),
  stengt_grunn: optionalText(300, 'Grunnen kan være høyst 300 tegn.'),
  tallene_stemmer: z.string().optional().transform((v) => v === 'ja'),
  merknad: optionalText(500, 'Merknaden kan være høyst 500 tegn.'),
});

export type FormErrors = Record<string, string>;
export type ParsedReport = { ok: true; figures: ReportFigures } | { ok: false; errors: FormErrors };

/** Parses and checks a report form for a unit with `physicalBeds` on `today`. */
export function parseReportForm(body: Record<string, unknown>, physicalBeds: number, today: string): ParsedReport {
  const errors: FormErrors = {};
  const parsed = figuresSchema.safeParse(body);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const departures = parseDepartures(body, today, errors);
  if (!parsed.success) return { ok: false, errors };
  const f = parsed.data;
  const rules: [boolean, string, string][] = [
    [f.bemannede > physicalBeds, 'bemannede', `Bemannede senger kan ikke være flere enn enhetens ${physicalBeds} fysiske senger.`],
    [f.ledige > f.bemannede, 'ledige', 'Ledige plasser kan ikke være flere enn bemannede senger.'],
    [f.reservert > f.ledige, 'reservert', 'Reserverte plasser kan ikke være flere enn ledige plasser.'],
    [f.belagt + f.ledige > f.bemannede, 'belagt', 'Belagte og ledige til sammen kan ikke være flere enn bemannede senger.'],
    [f.stengt && !f.stengt_grunn, 'stengt_grunn', 'Skriv hvorfor enheten er stengt for inntak.'],
  ];
  for (const [broken, field, message] of rules) if (broken) errors[field] ??= message;
  if (!Object.keys(errors).length) askIfUneven(f, errors);
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    figures: {
      staffedBeds: f.bemannede, occupied: f.belagt, freeNow: f.ledige, reserved: f.reservert, closed: f.stengt,
      closedReason: f.stengt ? f.stengt_grunn : null, note: f.merknad, departures,
    },
  };
}

/**
 * Staffed beds neither occupied nor free in a unit open for admissions are a question, not an
 * error: a bed may be being cleaned. The leader answers by ticking «Tallene stemmer»
 * and saying why in the note; until then nothing is saved.
 */
function askIfUneven(f: z.infer<typeof figuresSchema>, errors: FormErrors): void {
  const counted = f.belagt + f.ledige;
  if (f.stengt || counted >= f.bemannede) return;
  if (!f.tallene_stemmer) {
    errors.tallene = `${formatCount(f.bemannede, 'bemannet seng', 'bemannede senger')}, men ${f.belagt} belagt og ${formatCount(f.ledige, 'ledig', 'ledige')} er ${counted}. `
      + 'Stemmer tallene? Rett dem, eller kryss av for «Tallene stemmer» og skriv i merknaden hvorfor.';
  } else if (!f.merknad) {
    errors.merknad = `Skriv i merknaden hvorfor ${f.bemannede - counted} av de bemannede sengene verken er belagt eller ledige (for eksempel under vask).`;
  }
}

/** Rows `avreise_dato_N`, `avreise_antall_N`, `avreise_person_N`; blank rows are skipped. */
function parseDepartures(body: Record<string, unknown>, today: string, errors: FormErrors): ExpectedDeparture[] {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).trim() : '');
  const departures: ExpectedDeparture[] = [];
  for (let i = 0; i < DEPARTURE_ROWS; i++) {
    const [date, amount, person] = [text(`avreise_dato_${i}`), text(`avreise_antall_${i}`), text(`avreise_person_${i}`)];
    if (!date && !amount && !person) continue;
    const personId = person === '' ? null : parseId(person);
    if (person !== '' && personId === null) errors[`avreise_person_${i}`] = 'Velg en beboer fra listen.';
    const n = amount === '' ? 1 : /^\d{1,3}$/.test(amount) ? Number(amount) : NaN;
    if (!date) errors[`avreise_dato_${i}`] = 'Skriv datoen for avreisen.';
    else if (!isIsoDate(date)) errors[`avreise_dato_${i}`] = 'Skriv en gyldig dato.';
    else if (date < today) errors[`avreise_dato_${i}`] = 'Forventet avreise kan ikke være tilbake i tid.';
    if (!(n >= 1)) errors[`avreise_antall_${i}`] = 'Skriv antall (1 eller mer).';
    else if (personId !== null && n !== 1) errors[`avreise_antall_${i}`] = 'Når du velger en beboer, er antallet 1.';
    departures.push({ date, count: n, personId });
  }
  return departures;
}

const isoDate = z.string({ message: 'Skriv datoen.' }).refine(isIsoDate, 'Skriv en gyldig dato.');

export const departureForm = (today: string) => z.object({
  opphold: idField('Velg beboeren som reiser.'),
  dato: isoDate.refine((d) => d <= today, 'Utreisedatoen kan ikke være fram i tid. Registrer utreisen når den har skjedd.'),
  arsak: z.enum(DEPARTURE_REASONS, { message: 'Velg årsak: hjem, død eller flyttet.' }),
});

export const admissionForm = z.object({
  tildeling: idField('Velg hvem som er skrevet inn.'),
});

