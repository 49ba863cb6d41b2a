/**
 * The import of persons and vedtak from the case system: in one transaction, every new
 * row or none. Rows the database (or an earlier row of the file) already has are left
 * out and reported. Writes go a slice of rows per statement, so 20,000 rows take a few
 * dozen statements, not 100,000, and the transaction that holds PGlite stays short.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { appendAudit } from './audit.ts';
import { type Duplicate, loadKnown, sortOutDuplicates } from './import-duplicates.ts';
import { findPersonsByFnr, insertPersons, type NewPerson } from './persons.ts';
import { insertApplications, type NewApplication } from './applications.ts';
import { insertVedtaks, type NewVedtak } from './vedtak.ts';

/** A row without a decision is a pending application (søknad under behandling). */
export type ImportedCase = Omit<NewVedtak, 'personId'> | (Omit<NewApplication, 'personId'> & { outcome: null; decisionDate: null });

export interface ImportRow { line: number; person: NewPerson; vedtak: ImportedCase }

const isDecided = (v: ImportedCase): v is Omit<NewVedtak, 'personId'> => v.outcome !== null;

export interface ImportSummary {
  /** Rows imported (new vedtak and pending applications). */
  rows: number;
  /** Of those, pending applications (no decision yet). */
  pending: number;
  personsCreated: number;
  /** Registered persons who got a new vedtak. */
  personsReused: number;
  /** New waiting-list entries. */
  waiting: number;
  /** Rows not imported because they are already there, in file order. */
  duplicates: Duplicate[];
}

/**
 * Stores the new rows: a person with the same fødselsnummer is reused (not changed),
 * others are created; each vedtak is inserted as the form would. One audit entry sums up
 * an import that stored anything; each person and vedtak has its own. Any failure rolls
 * back everything.
 */
export async function importRows(db: DbOrTx, rows: ImportRow[], source: { fileName: string }, userId: number): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    // Two imports of one file at once would each find the other's rows missing.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('plassplan.import'))`);
    const registered = await findPersonsByFnr(tx, [...new Set(rows.map((r) => r.person.fnr))]);
    const known = await loadKnown(tx, new Map(registered.map((p) => [p.id, p.fnr])));
    const { fresh, duplicates } = sortOutDuplicates(rows, known);

    const ids = new Map(registered.map((p) => [p.fnr, p.id]));
    const newPersons = new Map<string, NewPerson>();
    for (const row of fresh) if (!ids.has(row.person.fnr) && !newPersons.has(row.person.fnr)) newPersons.set(row.person.fnr, row.person);
    for (const [fnr, id] of await insertPersons(tx, [...newPersons.values()], userId)) ids.set(fnr, id);
    const personOf = (row: ImportRow) => ids.get(row.person.fnr)!;
    const decided = fresh.flatMap((row) => (isDecided(row.vedtak) ? [{ ...row.vedtak, personId: personOf(row) }] : []));
    const pending = fresh.flatMap((row) => (isDecided(row.vedtak) ? [] : [{ ...pendingOf(row.vedtak), personId: personOf(row) }]));
    const stored = await insertVedtaks(tx, decided, userId);
    await insertApplications(tx, pending, userId);

    const summary: ImportSummary = {
      rows: fresh.length,
      pending: pending.length,
      personsCreated: newPersons.size,
      personsReused: new Set(fresh.map((r) => r.person.fnr).filter((fnr) => !newPersons.has(fnr))).size,
      waiting: stored.filter((s) => s.entryId !== null).length,
      duplicates,
    };
    if (fresh.length > 0) {
      const { duplicates: _list, ...counts } = summary;
      await appendAudit(tx, { userId, action: 'import.vedtak', entity: 'import', after: { fileName: source.fileName, ...counts, duplicates: duplicates.length } });
    }
    return summary;
  });
}

function pendingOf(v: ImportedCase): Omit<NewApplication, 'personId'> {
  const { outcome: _o, decisionDate: _d, ...application } = v as Omit<NewApplication, 'personId'> & { outcome: null; decisionDate: null };
  return application;
}
