/** The admin pages' forms, with a Norwegian message at each field. */
import { z } from 'zod';
import { isIsoDate } from '../../db/dates.ts';
import { ROLES } from '../../db/schema.ts';
import { PLANNING_POLICIES } from '../../db/queries/planning-policy.ts';
import type { EditableSettings } from '../../db/queries/settings-admin.ts';
import { SETTING_FIELDS } from '../../views/admin/setting-fields.ts';
import { idField, stringField } from '../forms.ts';


const MIN_PASSWORD = 12;

/** One value or several: a form's repeated field arrives as a string or an array. */
const idList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(idField('Velg gyldige enheter.'), { message: 'Velg gyldige enheter.' }),
);

export const passwordField = stringField(`Skriv et passord på minst ${MIN_PASSWORD} tegn.`)
  .min(MIN_PASSWORD, `Passordet må ha minst ${MIN_PASSWORD} tegn.`).max(200, 'Passordet kan ha høyst 200 tegn.');

const userFields = {
  navn: stringField('Skriv fullt navn.').trim().min(1, 'Skriv fullt navn.').max(100, 'Navnet kan ha høyst 100 tegn.'),
  rolle: z.enum(ROLES, { message: 'Velg en rolle.' }),
  enheter: idList,
};

const leaderHasUnits = (form: { rolle: string; enheter: number[] }, ctx: z.RefinementCtx) => {
  if (form.rolle === 'institusjonsleder' && form.enheter.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['enheter'], message: 'Velg minst én enhet for institusjonslederen.' });
  }
};

export const newUserForm = z.object({
  brukernavn: stringField('Skriv et brukernavn.').trim().toLowerCase()
    .regex(/^[a-z0-9._-]{2,40}$/, 'Brukernavnet må ha 2–40 tegn: små bokstaver a–z, tall, punktum, bindestrek eller understrek.'),
  ...userFields,
  passord: passwordField,
}).superRefine(leaderHasUnits);
export type NewUserForm = z.infer<typeof newUserForm>;

export const editUserForm = z.object(userFields).superRefine(leaderHasUnits);
export type EditUserForm = z.infer<typeof editUserForm>;

export const passwordForm = z.object({ passord: passwordField });

const wholeNumber = (min: number, max: number) => stringField('Skriv et heltall.').trim()
  .regex(/^-?\d+$/, 'Skriv et heltall.').transform(Number)
  .pipe(z.number().min(min, `Må være minst ${min}.`).max(max, `Kan være høyst ${max}.`));

export const settingsForm = z.object({
  ...Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, wholeNumber(f.min, f.max)])),
  planningPolicy: z.enum(PLANNING_POLICIES, { message: 'Velg en vekting.' }),
}).superRefine((form, ctx) => {
  const { korttidWarnDays: warn, korttidLimitDays: limit } = form as Record<string, unknown>;
  if (typeof warn === 'number' && typeof limit === 'number' && warn > limit) {
    ctx.addIssue({ code: 'custom', path: ['korttidWarnDays'], message: 'Varselet må komme før grensen: høyst like mange døgn som grensen.' });
  }
}) as unknown as z.ZodType<EditableSettings>;

export const rateForm = z.object({
  aar: wholeNumber(2000, 2100),
  sats: wholeNumber(1, 1_000_000),
});

const isoDay = stringField('Skriv en gyldig dato.').refine(isIsoDate, 'Skriv en gyldig dato.');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** The log page's filters in its URL; a filter that does not parse is left out, never an error page. */
export const auditQuery = z.object({
  bruker: optional(idField('Velg en bruker fra listen.')).catch(undefined),
  handling: optional(stringField().max(100)).catch(undefined),
  person: optional(idField('Skriv person-id.')).catch(undefined),
  fra: optional(isoDay).catch(undefined),
  til: optional(isoDay).catch(undefined),
  side: optional(z.coerce.number().int().positive().max(1_000_000)).catch(undefined),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** The filter form as posted: the person may be a fødselsnummer, which must not go into a URL. */
export const auditFilterForm = z.object({
  bruker: optional(idField('Velg en bruker fra listen.')),
  handling: optional(stringField('Velg en handling fra listen.').max(100, 'Velg en handling fra listen.')),
  person: optional(stringField('Skriv person-id eller fødselsnummer (11 siffer).').trim().regex(/^\d{1,11}$/, 'Skriv person-id eller fødselsnummer (11 siffer).')),
  fra: optional(isoDay),
  til: optional(isoDay),
}).refine((f) => !f.fra || !f.til || f.fra <= f.til, { path: ['til'], message: 'Til-datoen må være samme dag som eller etter fra-datoen.' });

