/** The proposal page's forms, with Norwegian messages per field. */
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { addDays, osloToday } from '../../db/dates.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import { formatDate } from '../../views/format.ts';
import { dateField, idField, stringField } from '../forms.ts';

/**
 * Overstyr: another person, unit or day. The day lies in the planning horizon: from
 * today to the horizon's last day (`horizonDays` days, today included), never before.
 */
export const overrideForm = (today: string, horizonDays: number) => {
  const lastDay = addDays(today, horizonDays - 1);
  return z.object({
    person: idField('Velg en person.'),
    enhet: idField('Velg en enhet.'),
    dato: dateField('Velg en dato.').refine((day) => day === '' || (day >= today && day <= lastDay),
      `Velg en dato i planleggingshorisonten: fra i dag (${formatDate(today)}) til og med ${formatDate(lastDay)}.`),
    begrunnelse: stringField('Skriv en begrunnelse for overstyringen.').trim().min(3, 'Skriv en begrunnelse for overstyringen.').max(1000, 'Begrunnelsen kan være høyst 1000 tegn.'),
  });
};

/** The override form for today in Oslo and the office's planning horizon. */
export async function overrideFormNow(db: Db, now: Date) {
  return overrideForm(osloToday(now), (await loadSettings(db)).horizonDays);
}

export const rejectForm = z.object({
  begrunnelse: stringField().trim().max(1000, 'Begrunnelsen kan være høyst 1000 tegn.').optional().default(''),
});

export const cancelForm = z.object({
  begrunnelse: stringField('Skriv hvorfor plassen kanselleres.').trim().min(3, 'Skriv hvorfor plassen kanselleres.').max(1000, 'Begrunnelsen kan være høyst 1000 tegn.'),
});
