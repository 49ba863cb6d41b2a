/** The proposal page's forms, with Norwegian messages per field. */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv en gyldig dato.')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Skriv en gyldig dato.');

export const overrideForm = z.object({
  person: z.coerce.number({ message: 'Velg en person.' }).int().positive('Velg en person.'),
  enhet: z.coerce.number({ message: 'Velg en enhet.' }).int().positive('Velg en enhet.'),
  dato: isoDate,
  begrunnelse: z.string({ message: 'Skriv en begrunnelse for overstyringen.' }).trim().min(3, 'Skriv en begrunnelse for overstyringen.').max(1000, 'Begrunnelsen kan være høyst 1000 tegn.'),
});

export const rejectForm = z.object({
  begrunnelse: z.string().trim().max(1000, 'Begrunnelsen kan være høyst 1000 tegn.').optional().default(''),
});

export const cancelForm = z.object({
  begrunnelse: z.string({ message: 'Skriv hvorfor plassen kanselleres.' }).trim().min(3, 'Skriv hvorfor plassen kanselleres.').max(1000, 'Begrunnelsen kan være høyst 1000 tegn.'),
});

export const idParam = z.coerce.number().int().positive();

/** First message per field, for rendering next to the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    errors[field] ??= issue.message;
  }
  return errors;
}
