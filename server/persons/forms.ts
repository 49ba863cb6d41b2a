/** The coordinator's forms for persons and vedtak, with Norwegian messages per field. */
import { z } from 'zod';
import type { Settings } from '../../db/queries/settings.ts';
import { OUTCOMES, PLACE_KINDS, type PlaceKind } from '../../db/schema.ts';
import {
  dateField, fnrField, idField, listField, optionalDateField, optionalTextField, stringField, textField, wholeNumberField,
} from '../forms.ts';
import { computedGuarantee, interimTagProblem, isGranted, tagProblem } from './vedtak-rules.ts';

export const personForm = z.object({
  navn: stringField('Skriv navnet.').trim().min(2, 'Skriv fullt navn.').max(200, 'Navnet kan være høyst 200 tegn.'),
  fodselsnummer: fnrField,
  bydel: stringField('Skriv bydelen.').trim().min(2, 'Skriv bydelen.').max(100, 'Bydelen kan være høyst 100 tegn.'),
});
export type PersonInput = z.infer<typeof personForm>;

export interface VedtakContext {
  today: string;
  settings: Settings;
  /** Active units and their kind, for preferred and excluded units. */
  unitKinds: Map<number, PlaceKind>;
}

const baseVedtak = z.object({
  mottatt: dateField('Skriv datoen søknaden kom inn.'),
  type: z.enum(PLACE_KINDS, { message: 'Velg korttid, langtid eller bofellesskap.' }),
  behov: listField(stringField()),
  utfall: z.enum(OUTCOMES, { message: 'Velg innvilget, avslag eller ventelistevedtak.' }),
  vedtaksdato: dateField('Skriv vedtaksdatoen.'),
  prioritet: z.preprocess((v) => (v === '' ? undefined : v), wholeNumberField('Velg prioritet 1, 2 eller 3.', 1, 3).optional()),
  prioritet_begrunnelse: optionalTextField(1000),
  garantidato: optionalDateField(),
  garanti_begrunnelse: optionalTextField(1000),
  begrunnelse: textField('Skriv begrunnelsen for vedtaket (grunnlaget må dokumenteres).', 5000),
  tidligste_dato: optionalDateField(),
  foretrukket: listField(idField('Velg enheter fra listen.')),
  utelukket: listField(idField('Velg enheter fra listen.')),
  /** «Kan vente på korttidsplass»: `ja` when ticked; `kan_vente_sendt` says the form had the box. */
  kan_vente: z.preprocess((v) => (v === '' ? undefined : v), z.literal('ja', { message: 'Kryss av eller la feltet stå tomt.' }).optional()),
  kan_vente_sendt: z.preprocess((v) => (v === '' ? undefined : v), z.literal('ja', { message: 'Send skjemaet på nytt.' }).optional()),
  korttid_behov: listField(stringField()),
});
export type VedtakInput = z.infer<typeof baseVedtak>;

const isIso = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
const isKind = (k: unknown): k is PlaceKind => (PLACE_KINDS as readonly unknown[]).includes(k);

/**
 * The vedtak form, checked against today, the guarantee settings and the units. The
 * cross-field rules run even when some field is bad (`when`), each only on fields that
 * parsed, so a row or form gets every message at once.
 */
export const vedtakForm = (ctx: VedtakContext) => baseVedtak.superRefine((raw, issue) => {
  const v = raw as Partial<VedtakInput>;
  const add = (path: keyof VedtakInput, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
  const tags = isKind(v.type) && Array.isArray(v.behov) ? tagProblem(v.type, v.behov) : null;
  if (tags) add('behov', tags);
  if (isKind(v.type) && Array.isArray(v.korttid_behov) && interimAllowed(v as VedtakInput)) {
    const problem = interimTagProblem(v.korttid_behov);
    if (problem) add('korttid_behov', problem);
  }
  if (isIso(v.vedtaksdato) && isIso(v.mottatt) && v.vedtaksdato < v.mottatt) add('vedtaksdato', 'Vedtaksdatoen kan ikke være før søknaden kom inn.');
  if (isIso(v.vedtaksdato) && v.vedtaksdato > ctx.today) add('vedtaksdato', 'Vedtaksdatoen kan ikke være fram i tid.');
  if (!isGranted(v.utfall ?? null)) return;
  if (v.prioritet === undefined) add('prioritet', 'Velg prioritet 1, 2 eller 3.');
  if (!v.prioritet_begrunnelse) add('prioritet_begrunnelse', 'Skriv hvorfor personen har denne prioriteten.');
  if (isIso(v.garantidato) && isIso(v.vedtaksdato) && isKind(v.type) && v.garantidato !== computedGuarantee(v.type, v.vedtaksdato, ctx.settings)) {
    if (v.garantidato < v.vedtaksdato) add('garantidato', 'Garantidatoen kan ikke være før vedtaksdatoen.');
    if (!v.garanti_begrunnelse) add('garanti_begrunnelse', 'Skriv hvorfor garantidatoen avviker fra den beregnede.');
  }
  const chosen = [...(Array.isArray(v.foretrukket) ? v.foretrukket : []), ...(Array.isArray(v.utelukket) ? v.utelukket : [])];
  if (isKind(v.type) && chosen.some((id) => ctx.unitKinds.get(id) !== v.type)) add('foretrukket', 'Velg bare enheter for samme type plass.');
  if (Array.isArray(v.foretrukket) && Array.isArray(v.utelukket) && v.foretrukket.some((id) => v.utelukket!.includes(id))) add('utelukket', 'En enhet kan ikke være både ønsket og utelukket.');
}, { when: () => true });

/**
 * Whether the vedtak lets the person wait in a korttid place: only langtid and bofellesskap; the
 * box as ticked, or, from a client that did not send the form's box at all, on for langtid.
 */
export const interimAllowed = (v: Pick<VedtakInput, 'type' | 'kan_vente' | 'kan_vente_sendt'>): boolean =>
  v.type !== 'korttid' && (v.kan_vente === 'ja' || (v.kan_vente_sendt === undefined && v.type === 'langtid'));

const reason = (message: string) => textField(message, 1000);

export const withdrawForm = z.object({ begrunnelse: reason('Skriv hvorfor personen tas av ventelisten.') });

export const deceasedForm = z.object({
  dato: dateField('Skriv dødsdatoen.'),
  begrunnelse: reason('Skriv hvordan dødsfallet ble kjent (f.eks. melding fra fastlege).'),
});

export const priorityForm = z.object({
  prioritet: wholeNumberField('Velg prioritet 1, 2 eller 3.', 1, 3),
  begrunnelse: reason('Skriv hvorfor prioriteten endres.'),
});

