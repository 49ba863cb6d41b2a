/** The proposal page's forms, with Norwegian messages per field. */
import { z } from 'zod';
import { dateField } from '../forms.ts';

export const overrideForm = z.object({
  person: z.coerce.number({ message: 'Velg en person.' }).int().positive('Velg en person.'),
  enhet: z.coerce.number({ message: 'Velg en enhet.' }).int().positive('Velg en enhet.'),
  dato: dateField('Velg en dato.'),
  begrunnelse: z.string({ message: 'Skriv en begrunnelse for overstyringen.' }).trim().min(3, 'Skriv en begrunnelse for overstyringen.').max(1000, 'Begrunnelsen kan være høyst 1000 tegn.'),
});

export const rejectForm = z.object({
  begrunnelse: z.string().trim().max(1000, 'Begrunnelsen kan være høyst 1000 tegn.').optional().default(''),
});

export const cancelForm = z.object({
  begrunnelse: z.string({ message: 'Skriv hvorfor plassen kanselleres.' }).trim().min(3, 'Skriv hvorfor plassen kanselleres.').max(1000, 'Begrunnelsen kan være høyst 1000 tegn.'),
});

