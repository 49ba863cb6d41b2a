/** The meeting's forms, with Norwegian messages per field. */
import { z } from 'zod';
import { stringField } from '../forms.ts';
import { mondayOfIsoWeek } from './weeks.ts';

const week = stringField('Velg en uke.').refine((v) => mondayOfIsoWeek(v) !== null, 'Velg en uke.');

/** Names one per line or separated by commas; blanks dropped, duplicates kept once. */
const splitNames = (text: string) => [...new Set(text.split(/[\n,;]/).map((n) => n.trim()).filter(Boolean))];

const participants = stringField('Skriv inn minst én deltaker.').default('').transform(splitNames)
  .refine((names) => names.length > 0, 'Skriv inn minst én deltaker.')
  .refine((names) => names.length <= 30 && names.every((n) => n.length <= 100), 'Høyst 30 deltakere, hvert navn høyst 100 tegn.');

export const startMeetingForm = z.object({ uke: week, deltakere: participants });
export const participantsForm = z.object({ deltakere: participants });

/** The week picker's query: `?uke=2026-W48`; absent means this week. */
export const weekQuery = z.object({ uke: week.optional() });
