/**
 * Every figure Nøkkeltall and the Årsrapport show, with how it is counted: the one place
 * the texts under «Slik regnes tallet» come from. Written for the office's leader, in
 * Norwegian; the code that counts is in the module named by each group (compute.ts).
 * Dates: a period runs from its first to its last day, both included; «periodens slutt»
 * is the last day. A stay's days are the nights spent: the day of departure is not one.
 */
import type { Figures } from './types.ts';

/** The figure groups of {@link Figures}, each shown as one table. */
export type FigureGroup = Exclude<keyof Figures, 'period' | 'inhabitants' | 'targets'>;

export type FigureUnit = 'antall' | 'dager' | 'prosent' | 'kroner' | 'per 1000 innbyggere' | 'døgn per opphold' | 'opphold per bruker';

/** SSB/KOSTRA: counted as SSB defines it, so it compares with other municipalities; kontoret: the office's own figure. */
export type FigureSource = 'SSB/KOSTRA' | 'kontoret';

export interface FigureDefinition {
  id: string;
  group: FigureGroup;
  /** Norwegian label, as a table heading says it. */
  label: string;
  /** Norwegian: what is counted, over what, and which date puts a record in the period. */
  formula: string;
  unit: FigureUnit;
  source: FigureSource;
}

const own = 'kontoret' as const;
const ssb = 'SSB/KOSTRA' as const;

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  { id: 'vedtak', group: 'vedtak', label: 'Vedtak', unit: 'antall', source: own,
    formula: 'Vedtak som er fattet i perioden (vedtaksdatoen ligger i perioden), fordelt på type plass og utfall: innvilget, ventelistevedtak og avslag.' },
  { id: 'saksbehandlingstid-median', group: 'caseTime', label: 'Saksbehandlingstid, median', unit: 'dager', source: own,
    formula: 'Kalenderdager fra søknaden kom inn til vedtaket ble fattet, for vedtakene fattet i perioden. Medianen er den midterste verdien: halvparten av sakene tok like lang tid eller kortere. Ved et partall saker brukes den laveste av de to midterste.' },
  { id: 'saksbehandlingstid-p90', group: 'caseTime', label: 'Saksbehandlingstid, 90-persentil', unit: 'dager', source: own,
    formula: 'Samme saker som medianen. 90 prosent av sakene tok like lang tid eller kortere enn dette tallet (nærmeste rang: verdien på plass ⌈0,9 × antall⌉ når sakene sorteres etter tid).' },
  { id: 'saksbehandlingstid-innen-mal', group: 'caseTime', label: 'Andel innen målet', unit: 'prosent', source: own,
    formula: 'Vedtak fattet i perioden med saksbehandlingstid på høyst målet (innstillinger, Mål) ÷ alle vedtak fattet i perioden × 100, per type plass.' },
  { id: 'garantibrudd', group: 'guarantees', label: 'Brudd på garantitid', unit: 'antall', source: own,
    formula: 'Innvilgede plasser med garantidato i perioden. Et brudd er når personen ikke hadde flyttet inn i plassen (korttid i påvente av langtidsplass teller ikke) senest på garantidatoen. Den som trakk søknaden eller døde senest på garantidatoen, telles ikke.' },
  { id: 'garantibrudd-andel', group: 'guarantees', label: 'Andel brudd på garantitid', unit: 'prosent', source: own,
    formula: 'Brudd ÷ garantier som forfalt i perioden (garantidato i perioden, uten dem som trakk søknaden eller døde senest på garantidatoen) × 100, per type plass. Målet er i innstillingene (Mål).' },
  { id: 'overliggerdogn', group: 'overligger', label: 'Overliggerdøgn', unit: 'antall', source: own,
    formula: 'Døgn en pasient lå på sykehuset etter å være meldt utskrivningsklar: fra datoen i meldingen til og med dagen før utskrivning. Døgnene telles i den måneden og perioden de falt i, så et opphold over et månedsskifte deles. Opphold som ikke er avsluttet, telles til periodens slutt. Alle utskrivningsklare telles, også de som skal hjem.' },
  { id: 'overliggerdogn-kroner', group: 'overligger', label: 'Kostnad for overliggerdøgn', unit: 'kroner', source: own,
    formula: 'Hvert overliggerdøgn ganget med den nasjonale døgnprisen for året døgnet falt i (innstillinger, overliggerdøgn). Et år uten sats bruker siste kjente sats før.' },
  { id: 'overliggerdogn-per-1000', group: 'overligger', label: 'Overliggerdøgn per 1000 innbyggere', unit: 'per 1000 innbyggere', source: own,
    formula: 'Overliggerdøgn i perioden ÷ innbyggere i kommunen (innstillinger, Mål) × 1000.' },
  { id: 'utskrivningsklare', group: 'discharged', label: 'Utskrivningsklare pasienter og hvor de dro', unit: 'antall', source: own,
    formula: 'Sykehusopphold der pasienten ble meldt utskrivningsklar i perioden (datoen i meldingen ligger i perioden). Hvor de dro: et opphold på en kommunal enhet som begynte samme dag som sykehusoppholdet sluttet eller dagen etter, gir enhetens type (korttid, langtid, bofellesskap; korttid i påvente av langtidsplass er korttid). Det samme gjør en plass pasienten allerede hadde og kom tilbake til. Ellers: avmeldt når sykehuset avmeldte pasienten, hjem når pasienten ble skrevet ut (med eller uten hjemmetjenester, også død på sykehuset), og venter når pasienten fortsatt lå på sykehuset ved periodens slutt.' },
  { id: 'venteliste-ved-slutt', group: 'waitingAtEnd', label: 'På venteliste ved periodens slutt', unit: 'antall', source: own,
    formula: 'Personer med vedtak om plass (innvilget eller ventelistevedtak) fattet senest periodens siste dag, som den dagen ikke hadde flyttet inn i plassen, trukket søknaden eller dødd. Hvor de venter den dagen: på sykehus når de var innlagt, på korttid når de hadde et korttidsopphold, ellers hjemme (også den som venter i en annen kommunal plass, for eksempel langtid i påvente av bofellesskap).' },
  { id: 'ventetid-median', group: 'waitingTime', label: 'Ventetid til plass, median', unit: 'dager', source: own,
    formula: 'Kalenderdager fra vedtaket til innflytting i plassen, for dem som flyttet inn i perioden (innflyttingsdatoen ligger i perioden). Korttid i påvente av langtidsplass er ikke innflytting. Per type plass og per prioritet; median som for saksbehandlingstid.' },
  { id: 'ventetid-p90', group: 'waitingTime', label: 'Ventetid til plass, 90-persentil', unit: 'dager', source: own,
    formula: 'Samme innflyttinger som medianen; 90 prosent ventet like lenge eller kortere (nærmeste rang).' },
  { id: 'beleggsprosent', group: 'occupancy', label: 'Beleggsprosent', unit: 'prosent', source: ssb,
    formula: 'Oppholdsdøgn i perioden ÷ dager i perioden ÷ plasser × 100. Oppholdsdøgn er netter beboerne har hatt plassen i perioden; avlastning (planlagte avlastningsopphold) er holdt utenfor. Plasser er bemannede senger i enhetene som er i drift i dag, etter enhetsinnstillingene; endringer i løpet av perioden er ikke med, og en enhet som ikke er i drift, telles verken i oppholdsdøgn eller plasser.' },
  { id: 'oppholdsdogn', group: 'occupancy', label: 'Oppholdsdøgn', unit: 'antall', source: ssb,
    formula: 'Netter på enheter av typen som er i drift, i perioden: hvert opphold teller fra innflytting til dagen før utflytting, avgrenset til perioden. Avlastning er ikke med.' },
  { id: 'gjennomstromming', group: 'occupancy', label: 'Gjennomstrømming (korttid)', unit: 'opphold per bruker', source: ssb,
    formula: 'Korttidsopphold med minst ett døgn i perioden ÷ brukere på korttid periodens siste dag. Korttid i påvente av langtidsplass er korttidsopphold. Bare for korttid.' },
  { id: 'dogn-per-opphold', group: 'occupancy', label: 'Gjennomsnittlig liggetid', unit: 'døgn per opphold', source: ssb,
    formula: 'Alle døgn i oppholdene som ble avsluttet i perioden (hele oppholdet, også døgn før perioden) ÷ antall slike opphold.' },
  { id: 'brukere-ved-slutt', group: 'occupancy', label: 'Brukere ved periodens slutt', unit: 'antall', source: ssb,
    formula: 'Personer som hadde et opphold på en enhet av typen periodens siste dag (ikke avlastning).' },
  { id: 'klager', group: 'appeals', label: 'Klager og utfall', unit: 'antall', source: own,
    formula: 'Klager mottatt i perioden (mottaksdatoen i perioden). Hvert steg telles i perioden det skjedde: kontoret opprettholdt vedtaket eller omgjorde det selv, klagen ble sendt videre, og klageinstansen stadfestet, opphevet eller omgjorde vedtaket.' },
  { id: 'klager-apne', group: 'appeals', label: 'Åpne klager ved periodens slutt', unit: 'antall', source: own,
    formula: 'Klager mottatt senest periodens siste dag som den dagen verken hadde fått utfall hos klageinstansen eller var omgjort av kontoret selv.' },
];

/** The definitions of one group, in the order the page shows them. */
export const definitionsOf = (group: FigureGroup): FigureDefinition[] => FIGURE_DEFINITIONS.filter((d) => d.group === group);

/** One definition by id; throws on an unknown id (a typo in a view is a bug). */
export function definition(id: string): FigureDefinition {
  const found = FIGURE_DEFINITIONS.find((d) => d.id === id);
  if (!found) throw new Error(`no figure definition ${id}`);
  return found;
}
