/** The Oppgaver forms: dismissing an item with a reason, and listing it again. */
import { z } from 'zod';
import { stringField } from '../forms.ts';

const keyField = stringField('Oppgaven mangler.').trim().min(1, 'Oppgaven mangler.').max(300, 'Oppgaven mangler.');

export const dismissForm = z.object({
  nokkel: keyField,
  begrunnelse: stringField('Skriv hvorfor oppgaven avvises.').trim()
    .min(1, 'Skriv hvorfor oppgaven avvises.').max(500, 'Begrunnelsen kan ha høyst 500 tegn.'),
});

export const undoForm = z.object({ nokkel: keyField });
