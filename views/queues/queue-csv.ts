/** A waiting list as a CSV file for Excel: the columns of the page, numbers as plain numbers. */
import type { QueueRow } from '../../db/queries/queues.ts';
import { toCsv } from '../csv.ts';
import { formatDate } from '../format.ts';
import { PRIORITY_LABELS } from '../persons/labels.ts';
import { GUARANTEE_LABELS, locationText, needsText } from './queue-params.ts';

const HEADER = ['Navn', 'Fødselsnr. (skjult)', 'Bydel', 'Prioritet', 'Behov', 'Vedtaksdato', 'Garantidato', 'Dager igjen',
  'Garanti', 'Er nå', 'Overliggerdøgn', 'Overliggerkostnad (kr)', 'Plass reservert'];

/** The rows in their order; fødselsnummer stays masked as on the page. */
export function queueCsv(rows: readonly QueueRow[]): string {
  return toCsv([HEADER, ...rows.map((row) => {
    const overligger = row.location.type === 'hospital' ? row.location.overligger : { days: 0, nok: 0 };
    return [
      row.name, row.fnrMasked, row.district, PRIORITY_LABELS[row.priority] ?? String(row.priority), needsText(row.requiredTags),
      formatDate(row.decisionDate), formatDate(row.guaranteeDate), row.guaranteeDaysLeft === null ? '' : String(row.guaranteeDaysLeft),
      GUARANTEE_LABELS[row.guarantee], locationText(row.location), String(overligger.days), String(Math.round(overligger.nok)),
      row.status === 'reserved' ? 'Ja' : 'Nei',
    ];
  })]);
}
