/** The import of persons and vedtak from the case system: all rows or none, in one transaction. */
import type { DbOrTx } from '../client.ts';
import { appendAudit } from './audit.ts';
import { findPersonByFnr, insertPerson, type NewPerson } from './persons.ts';
import { insertVedtak, type NewVedtak } from './vedtak.ts';

export interface ImportRow { person: NewPerson; vedtak: Omit<NewVedtak, 'personId'> }

export interface ImportSummary { rows: number; personsCreated: number; personsReused: number; waiting: number }

/**
 * Stores every row: a person with the same fødselsnummer is reused (not changed), others
 * are created; each vedtak is inserted as the form would. One audit entry sums up the
 * import; each person and vedtak has its own. Any failure rolls back everything.
 */
export async function importRows(db: DbOrTx, rows: ImportRow[], source: { fileName: string }, userId: number): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const ids = new Map<string, number>();
    const summary: ImportSummary = { rows: rows.length, personsCreated: 0, personsReused: 0, waiting: 0 };
    for (const row of rows) {
      let personId = ids.get(row.person.fnr);
      if (personId === undefined) {
        const existing = await findPersonByFnr(tx, row.person.fnr);
        personId = existing ? existing.id : await insertPerson(tx, row.person, userId);
        summary[existing ? 'personsReused' : 'personsCreated']++;
        ids.set(row.person.fnr, personId);
      }
      const { entryId } = await insertVedtak(tx, { ...row.vedtak, personId }, userId);
      if (entryId !== null) summary.waiting++;
    }
    await appendAudit(tx, { userId, action: 'import.vedtak', entity: 'import', after: { fileName: source.fileName, ...summary } });
    return summary;
  });
}
