/** Norwegian case texts for the demo: priority reasons, vedtak reasoning, status reasons. */
import type { Queue } from './institutions.ts';

/** Two reasons per queue and priority (1 = greatest need). */
export const PRIORITY_REASONS: Record<Queue, Record<1 | 2 | 3, string[]>> = {
  korttid: {
    1: ['Utskrivningsklar fra sykehus, kan ikke ivaretas forsvarlig hjemme.', 'Akutt funksjonsfall etter fall, trenger tilsyn døgnet rundt.'],
    2: ['Trenger opptrening etter hoftebrudd før hjemreise.', 'Pårørende er utslitt og trenger avlastning snarest.'],
    3: ['Planlagt avlastningsopphold etter fast rullering.', 'Vurderingsopphold for å kartlegge videre hjelpebehov.'],
  },
  langtid: {
    1: ['Demens med uro og vandring om natten; ikke trygg alene.', 'Omfattende pleiebehov hele døgnet; hjemmetjenesten strekker ikke til.'],
    2: ['Økende kognitiv svikt og gjentatte fall; bor alene.', 'Ektefellen klarer ikke lenger å gi omsorgen.'],
    3: ['Stabil situasjon med økt hjemmetjeneste i påvente av plass.', 'Ivaretas forsvarlig på korttidsopphold inntil videre.'],
  },
  'psykisk-helse': {
    1: ['Alvorlig psykisk lidelse med gjentatte innleggelser siste halvår.', 'Utskrivningsklar fra psykisk helsevern uten egnet bolig.'],
    2: ['Trenger tett oppfølging etter utskrivning fra DPS.', 'Isolert i egen bolig; forverring ved lite tilsyn.'],
    3: ['Bor i midlertidig bolig og ønsker et stabilt botilbud.', 'Ønsker å flytte nærmere familie og behandler.'],
  },
  rop: {
    1: ['Samtidig rus og psykisk lidelse; står uten bolig om kort tid.', 'Gjentatte akuttinnleggelser; klarer ikke å bo alene.'],
    2: ['Utskrevet fra rusbehandling; trenger bemannet bolig for å holde seg rusfri.', 'Ustabil bosituasjon med hyppige flyttinger.'],
    3: ['Stabil i dag med ambulant oppfølging; ønsker bemannet bolig.', 'Bor hos familie som ønsker avlastning.'],
  },
  utviklingshemming: {
    1: ['Foreldrene er over 80 år og kan ikke lenger gi omsorgen.', 'Omfattende bistandsbehov hele døgnet etter sykdom hos forelder.'],
    2: ['Bor hos foreldre; behov for heldøgns bemanning.', 'Avlastningstiltakene strekker ikke lenger til.'],
    3: ['Ønsker å flytte hjemmefra; planlagt overgang.', 'Ønsker å bo sammen med venner fra dagtilbudet.'],
  },
  'barn-unge': {
    1: ['Omfattende bistandsbehov; familien klarer ikke omsorgen hjemme.', 'Avlastningsbolig strekker ikke til; barnevernet er involvert.'],
    2: ['Familien har behov for varig botilbud.', 'Søsken påvirkes sterkt av situasjonen hjemme.'],
    3: ['Planlagt overgang fra avlastningsbolig.', 'Ønsker botilbud nær skole og fritidstilbud.'],
  },
};

export const GRANTED_REASONING: Record<'korttid' | 'langtid' | 'langtid-venteliste' | 'bofellesskap', string> = {
  korttid: 'Søkeren har i denne perioden behov for tjenester som ikke kan gis forsvarlig i hjemmet. Korttidsopphold innvilges for vurdering, behandling og opptrening.',
  langtid: 'Søkeren oppfyller kriteriene i kommunens forskrift for langtidsopphold. Plass tildeles når egnet plass blir ledig, innen garantitiden.',
  'langtid-venteliste': 'Søkeren oppfyller kriteriene for langtidsopphold, men kan inntil videre ivaretas forsvarlig med hjemmetjenester eller korttidsopphold. Søkeren settes på venteliste.',
  bofellesskap: 'Søkeren har behov for bolig med heldøgns bemanning. Konkret bolig tildeles ved eget vedtak når egnet bolig blir ledig.',
};

export const REFUSED_REASONING: Record<'korttid' | 'langtid' | 'bofellesskap', string> = {
  korttid: 'Søkeren kan få forsvarlig hjelp gjennom økt hjemmesykepleie og dagtilbud. Korttidsopphold avslås.',
  langtid: 'Kriteriene for langtidsopphold er ikke oppfylt. Behovet kan dekkes forsvarlig med hjemmetjenester og trygghetsalarm.',
  bofellesskap: 'Søkeren vurderes å kunne bo i egen bolig med ambulant oppfølging. Bolig med heldøgns bemanning avslås.',
};

export const ALLOCATION_REASONS = {
  reserved: 'Tildelt i tildelingsmøtet; innflytting er avtalt med søkeren og pårørende.',
  admitted: 'Tildelt i tildelingsmøtet og flyttet inn.',
};

export const STATUS_REASONS = {
  withdrawn: ['Søknaden er trukket: ønsker å bo hjemme med økt hjemmetjeneste.', 'Søknaden er trukket etter samtale med pårørende.'],
  deceased: ['Død, meldt av fastlegen.'],
};

export const CLOSED_REASON = 'Stengt for inntak på grunn av norovirusutbrudd.';

export const REPORT_NOTES = [
  'Redusert bemanning i helgen.',
  'Én pasient overflyttes til sykehus i dag.',
  'Rommet på enden er under oppussing.',
  'Vikar dekker nattevakt.',
];
