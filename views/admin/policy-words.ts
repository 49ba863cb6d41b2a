/** The planning policies as the office reads them: a name and what choosing it does. */
import type { PlanningPolicy } from '../../db/queries/planning-policy.ts';

export const POLICY_WORDS: Record<PlanningPolicy, { label: string; about: string }> = {
  'behov-forst': {
    label: 'Behov først',
    about: 'De med høyest prioritet får plass først, også når det gir flere overliggerdøgn. En ventedag med prioritet 1 veier mer enn et overliggerdøgn.',
  },
  balansert: {
    label: 'Balansert',
    about: 'Standardvalget. Overliggerdøgn, garantitid og prioritet veies mot hverandre. Et garantibrudd veier som noen få dager over fristen, så ingen som alt er over fristen blir liggende igjen.',
  },
  'lavest-kostnad': {
    label: 'Lavest kostnad',
    about: 'Færrest mulig overliggerdøgn: kommunen betaler minst. Prioritet og garantitid veier lite, så de som venter hjemme kan måtte vente lenger.',
  },
  egendefinert: {
    label: 'Egendefinert',
    about: 'Kontoret setter vektene selv i feltene under.',
  },
};

/** How the proposal page names the policy a run used. */
export const policyUsedText = (policy: string | null): string =>
  policy && policy in POLICY_WORDS ? POLICY_WORDS[policy as PlanningPolicy].label : 'ikke lagret (kjøringen er eldre enn valget av vekting)';
