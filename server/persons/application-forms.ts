/** Forms of a pending application (søknad under behandling), with Norwegian messages per field. */
import { z } from 'zod';
import { APPLICANT_LOCATIONS, PLACE_KINDS, type PlaceKind } from '../../db/schema.ts';
import { dateField, idField, listField, stringField, textField } from '../forms.ts';
import { tagProblem } from './vedtak-rules.ts';

export interface ApplicationFormContext {
  today: string;
  /** Users who may handle a case (active coordinators). */
  handlerIds: ReadonlySet<number>;
}

const isIso = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
const isKind = (k: unknown): k is PlaceKind => (PLACE_KINDS as readonly unknown[]).includes(k);
const FUTURE = 'Datoen kan ikke være fram i tid.';

const baseApplication = z.object({
  mottatt: dateField('Skriv datoen søknaden kom inn.'),
  type: z.enum(PLACE_KINDS, { message: 'Velg korttid, langtid eller bofellesskap.' }),
  behov: listField(stringField()),
  oppholdssted: z.enum(APPLICANT_LOCATIONS, { message: 'Velg hvor personen er nå: hjemme, på sykehus eller på korttidsplass.' }),
  saksbehandler: idField('Velg saksbehandler fra listen.'),
});
export type ApplicationInput = z.infer<typeof baseApplication>;

/** A received application: not dated in the future, needs that fit the kind, a coordinator as saksbehandler. */
export const applicationForm = (ctx: ApplicationFormContext) => baseApplication.superRefine((raw, issue) => {
  const v = raw as Partial<ApplicationInput>;
  const add = (path: keyof ApplicationInput, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
  if (isIso(v.mottatt) && v.mottatt > ctx.today) add('mottatt', FUTURE);
  const tags = isKind(v.type) && Array.isArray(v.behov) ? tagProblem(v.type, v.behov) : null;
  if (tags) add('behov', tags);
  if (typeof v.saksbehandler === 'number' && !ctx.handlerIds.has(v.saksbehandler)) add('saksbehandler', 'Velg saksbehandler fra listen.');
}, { when: () => true });

/** Correcting the received date: a reason is required (the audit keeps both dates and the reason). */
export const receivedDateForm = (today: string) => z.object({
  mottatt: dateField('Skriv riktig dato søknaden kom inn.').refine((d) => !isIso(d) || d <= today, FUTURE),
  begrunnelse: textField('Skriv hvorfor datoen endres (f.eks. feil ved registrering, se journalført dato).', 1000),
});

const baseInterimReply = z.object({
  sendt: dateField('Skriv datoen foreløpig svar ble sendt.'),
  forventet: dateField('Skriv når vedtaket er ventet.'),
});

/** A foreløpig svar sent: not in the future, and promising a decision after it was sent (not before receipt: checked with the row). */
export const interimReplyForm = (today: string) => baseInterimReply.superRefine((raw, issue) => {
  const v = raw as Partial<z.infer<typeof baseInterimReply>>;
  if (isIso(v.sendt) && v.sendt > today) issue.addIssue({ code: 'custom', path: ['sendt'], message: FUTURE });
  if (isIso(v.sendt) && isIso(v.forventet) && v.forventet <= v.sendt) {
    issue.addIssue({ code: 'custom', path: ['forventet'], message: 'Ventet vedtaksdato må være etter at foreløpig svar ble sendt.' });
  }
}, { when: () => true });

/** An imported row without a decision: the person's case as the file has it (mottatt, type, behov), nothing else required. */
export const importedApplicationForm = (today: string) => baseApplication.pick({ mottatt: true, type: true, behov: true }).superRefine((raw, issue) => {
  const v = raw as Partial<ApplicationInput>;
  if (isIso(v.mottatt) && v.mottatt > today) issue.addIssue({ code: 'custom', path: ['mottatt'], message: 'Mottatt-datoen kan ikke være fram i tid.' });
  const tags = isKind(v.type) && Array.isArray(v.behov) ? tagProblem(v.type, v.behov) : null;
  if (tags) issue.addIssue({ code: 'custom', path: ['behov'], message: tags });
}, { when: () => true });
