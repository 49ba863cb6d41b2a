/** Checks every row of an import by the form's own rules and collects every problem. */
import type { z } from 'zod';
import { yieldToEventLoop } from '../../db/batch.ts';
import type { NewPerson } from '../../db/queries/persons.ts';
import type { NewVedtak } from '../../db/queries/vedtak.ts';
import { personForm, type VedtakContext, vedtakForm } from '../persons/forms.ts';
import { toNewVedtak } from '../persons/service.ts';
import type { CsvRow } from './parse-csv.ts';

export interface ImportItem {
  line: number;
  person: NewPerson;
  /** Without the person id, which is known only inside the import's transaction. */
  vedtak: Omit<NewVedtak, 'personId'>;
}

export type CheckResult = { ok: true; items: ImportItem[] } | { ok: false; errors: string[] };

/** Rows checked between turns of the event loop: 20,000 rows take most of a second. */
const ROWS_PER_TURN = 1000;

/** All rows are fine, or every bad row and column is named: «Rad 4, kolonne fodselsnummer: …». */
export async function checkRows(rows: CsvRow[], ctx: VedtakContext): Promise<CheckResult> {
  const errors: string[] = [];
  const items: ImportItem[] = [];
  const vedtakSchema = vedtakForm(ctx);
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await yieldToEventLoop();
    const person = personForm.safeParse(row.values);
    const vedtak = vedtakSchema.safeParse(row.values);
    errors.push(...messages(row.line, person.error), ...messages(row.line, vedtak.error));
    if (person.success && vedtak.success) {
      const { personId: _id, ...rest } = toNewVedtak(0, vedtak.data, ctx.settings);
      items.push({ line: row.line, person: { name: person.data.navn, fnr: person.data.fodselsnummer, district: person.data.bydel }, vedtak: rest });
    }
  }
  errors.push(...conflictingNames(items));
  return errors.length ? { ok: false, errors } : { ok: true, items };
}

function messages(line: number, error: z.ZodError | undefined): string[] {
  if (!error) return [];
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const column = String(issue.path[0] ?? '');
    if (seen.has(column)) return [];
    seen.add(column);
    return [`Rad ${line}, kolonne ${column}: ${issue.message}`];
  });
}

/** The same fødselsnummer under two names in one file is surely a mistake. */
function conflictingNames(items: ImportItem[]): string[] {
  const first = new Map<string, ImportItem>();
  const errors: string[] = [];
  for (const item of items) {
    const earlier = first.get(item.person.fnr);
    if (!earlier) first.set(item.person.fnr, item);
    else if (earlier.person.name !== item.person.name) {
      errors.push(`Rad ${item.line}, kolonne navn: samme fødselsnummer som rad ${earlier.line}, men et annet navn.`);
    }
  }
  return errors;
}
