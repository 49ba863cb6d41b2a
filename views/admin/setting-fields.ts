/** The settings form's fields: label, group and allowed range (whole numbers). */
import type { SettingKey } from '../../db/queries/settings-admin.ts';

/** The number fields; the policy itself is a choice (planningPolicy). */
type NumberKey = Exclude<SettingKey, 'planningPolicy'>;

export interface SettingField {
  key: NumberKey;
  label: string;
  min: number;
  max: number;
  hint?: string;
}

export interface SettingGroup { title: string; fields: SettingField[]; hint?: string }

/** The group of custom weights, shown with the policy choice. */
export const CUSTOM_WEIGHTS_TITLE = 'Egendefinerte vekter';

const MAX_NOK = 10_000_000;

export const SETTING_GROUPS: SettingGroup[] = [
  {
    title: 'Garantitid (dager fra vedtak)',
    fields: [
      { key: 'guaranteeDaysKorttid', label: 'Korttid', min: 0, max: 730 },
      { key: 'guaranteeDaysLangtid', label: 'Langtid', min: 0, max: 730 },
      { key: 'guaranteeDaysBofellesskap', label: 'Bofellesskap', min: 0, max: 730 },
    ],
  },
  {
    title: CUSTOM_WEIGHTS_TITLE,
    hint: 'Brukes bare når vektingen er «Egendefinert». Vektene er ikke kroner: de sier hvor mye hvert hensyn teller, målt mot et overliggerdøgn, som er det eneste kommunen faktisk betaler (nasjonal sats, under).',
    fields: [
      { key: 'guaranteeBreachNok', label: 'Brudd på garantitid (vekt, én gang per person)', min: 0, max: MAX_NOK },
      { key: 'guaranteeLateDayNok', label: 'Hver dag over garantitid (vekt)', min: 0, max: MAX_NOK },
      { key: 'waitingDayNokP1', label: 'Ventedag, prioritet 1 (vekt)', min: 0, max: MAX_NOK },
      { key: 'waitingDayNokP2', label: 'Ventedag, prioritet 2 (vekt)', min: 0, max: MAX_NOK },
      { key: 'waitingDayNokP3', label: 'Ventedag, prioritet 3 (vekt)', min: 0, max: MAX_NOK },
      { key: 'nonPreferredNok', label: 'Plass personen ikke har ønsket (vekt)', min: 0, max: MAX_NOK },
      { key: 'tailDays', label: 'Dager etter planperioden', min: 0, max: 366,
        hint: 'Den som ikke får plass innen planperioden, regnes som plassert så mange dager etter den.' },
    ],
  },
  {
    title: 'Planlegging',
    fields: [
      { key: 'turnaroundDays', label: 'Klargjøring mellom to beboere (dager)', min: 0, max: 30 },
      { key: 'horizonDays', label: 'Planleggingshorisont (dager)', min: 1, max: 366 },
    ],
  },
  {
    title: 'Mål',
    fields: [
      { key: 'targetCaseDaysKorttid', label: 'Saksbehandlingstid korttid (dager)', min: 0, max: 365 },
      { key: 'targetCaseDaysLangtid', label: 'Saksbehandlingstid langtid (dager)', min: 0, max: 365 },
      { key: 'targetCaseDaysBofellesskap', label: 'Saksbehandlingstid bofellesskap (dager)', min: 0, max: 365 },
      { key: 'targetGuaranteeBreachPct', label: 'Brudd på garantitid (høyst prosent)', min: 0, max: 100 },
      { key: 'inhabitants', label: 'Innbyggere i kommunen', min: 1, max: 10_000_000,
        hint: 'Brukes i Nøkkeltall: overliggerdøgn per 1000 innbyggere.' },
    ],
  },
  {
    title: 'Oppgaver',
    hint: 'Når en sak skal stå i koordinatorens oppgaveliste.',
    fields: [
      { key: 'taskGuaranteeWarnDays', label: 'Varsle garantidato, langtid og bofellesskap (dager før)', min: 0, max: 365,
        hint: 'En ventende uten reservert plass vises så mange dager før garantidatoen, og når den er passert.' },
      { key: 'taskGuaranteeWarnDaysKorttid', label: 'Varsle garantidato, korttid (dager før)', min: 0, max: 365 },
      { key: 'caseTargetWarnDays', label: 'Varsle før målet for saksbehandlingstid (dager)', min: 0, max: 60,
        hint: 'En søknad under behandling vises når så mange dager eller færre er igjen til målet.' },
      { key: 'interimReplyWarnDays', label: 'Varsle før fristen for foreløpig svar (dager)', min: 0, max: 60,
        hint: 'Foreløpig svar skal sendes når saken ikke kan avgjøres innen en måned etter at søknaden kom inn (forvaltningsloven § 11 a).' },
      { key: 'taskHospitalOpenDays', label: 'Sykehusopphold åpent lenger enn (dager)', min: 1, max: 3650 },
      { key: 'taskReassessMonths', label: 'Ny vurdering av ventende etter (måneder)', min: 1, max: 120,
        hint: 'Uten nytt vedtak eller statusendring på så mange måneder vises den ventende som en retting.' },
    ],
  },
  {
    title: 'Korttid og klager',
    hint: 'Korttidsopphold ut over 60 døgn i et kalenderår betales som langtidsopphold (egenandelsforskriften). Avlastning telles ikke.',
    fields: [
      { key: 'korttidWarnDays', label: 'Varsle fra korttidsdøgn i året', min: 1, max: 366 },
      { key: 'korttidLimitDays', label: 'Korttidsdøgn i året før det betales som langtid', min: 1, max: 366 },
      { key: 'korttidReviewAfterDays', label: 'Revurderingsdato ved innskriving på korttid (dager etter)', min: 1, max: 366,
        hint: 'Hvert korttidsopphold får en revurderingsdato når personen skrives inn; den kan endres på personsiden.' },
      { key: 'korttidReviewSoonDays', label: 'Vis revurdering i Oppgaver (dager før datoen)', min: 0, max: 90 },
      { key: 'appealForwardDays', label: 'Klage sendes videre senest (dager etter at den kom inn)', min: 1, max: 365,
        hint: 'Fristen flyttes til neste virkedag når den faller på helg eller helligdag (forvaltningsloven § 30).' },
    ],
  },
  {
    title: 'Drift',
    fields: [
      { key: 'reportStaleHour', label: 'Plassmelding senest kl. (0–23)', min: 0, max: 23, hint: 'En enhet som ikke har meldt innen dette klokkeslettet på en hverdag, vises som utdatert.' },
      { key: 'sessionIdleMinutes', label: 'Logg ut etter inaktivitet (minutter)', min: 5, max: 720 },
    ],
  },
];

export const SETTING_FIELDS: SettingField[] = SETTING_GROUPS.flatMap((g) => g.fields);
