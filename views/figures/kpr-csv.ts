/**
 * The KPR-style CSV of waiting-list registrations: one record per registration active in the
 * year, the person identified by fødselsnummer. The service is given with its KPR/IPLOS
 * tjenestekode beside our own word for it.
 */
import type { KprRegistration } from '../../db/queries/kpr-registrations.ts';
import type { PlaceKind } from '../../db/schema.ts';
import { toCsv } from '../csv.ts';
import { formatDate } from '../format.ts';

/**
 * KPR/IPLOS tjenestekoder: 20 «Tidsbegrenset opphold i institusjon – annet» (our korttid does
 * not record whether a stay is for assessment or rehabilitation, 18/19), 21 «Langtidsopphold i
 * institusjon», 29 «Bolig kommunen disponerer til helse- og omsorgsformål» (bofellesskap).
 */
export const KPR_SERVICE_CODES: Readonly<Record<PlaceKind, { code: string; name: string }>> = {
  korttid: { code: '20', name: 'Tidsbegrenset opphold i institusjon – annet' },
  langtid: { code: '21', name: 'Langtidsopphold i institusjon' },
  bofellesskap: { code: '29', name: 'Bolig kommunen disponerer til helse- og omsorgsformål' },
};

export const KPR_HEADER = ['Fødselsnummer', 'Tjenestekode', 'Tjeneste', 'Tjeneste i Plassplan', 'Vedtakstype', 'Søknadsdato',
  'Satt på venteliste', 'Vedtaksdato', 'Innflyttingsdato'];

const OUTCOMES: Readonly<Record<string, string>> = { innvilget: 'Innvilget', ventelistevedtak: 'Ventelistevedtak' };

/** Dates as dd.mm.åååå (Norwegian Excel reads them as dates); no admission is an empty field. */
export function kprCsv(rows: readonly KprRegistration[]): string {
  return toCsv([KPR_HEADER, ...rows.map((r) => [
    r.fnr, KPR_SERVICE_CODES[r.kind].code, KPR_SERVICE_CODES[r.kind].name, r.kind, OUTCOMES[r.outcome] ?? r.outcome,
    formatDate(r.receivedDate), formatDate(r.listedDate), formatDate(r.decisionDate), r.admittedDate ? formatDate(r.admittedDate) : '',
  ])]);
}
