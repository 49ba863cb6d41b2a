/** The forms of an appeal's steps and of the korttid review date, with Norwegian messages per field. */
import { z } from 'zod';
import { APPEAL_OUTCOMES, REASSESSMENT_RESULTS } from '../../db/schema.ts';
import { dateField, optionalDateField } from '../forms.ts';

export const appealForms = {
  register: z.object({
    klage_mottatt: dateField('Skriv datoen klagen kom inn.'),
    vedtak_mottatt: optionalDateField(),
  }),
  reassess: z.object({
    vurdert_dato: dateField('Skriv datoen tjenestekontoret vurderte klagen.'),
    vurdering: z.enum(REASSESSMENT_RESULTS, { message: 'Velg om vedtaket opprettholdes eller omgjøres.' }),
  }),
  forward: z.object({ sendt_dato: dateField('Skriv datoen klagen ble sendt.') }),
  decide: z.object({
    utfall: z.enum(APPEAL_OUTCOMES, { message: 'Velg stadfestet, opphevet eller omgjort.' }),
    utfall_dato: dateField('Skriv datoen for avgjørelsen.'),
  }),
  review: z.object({ revurderingsdato: dateField('Skriv datoen oppholdet skal revurderes eller slutte.') }),
};
