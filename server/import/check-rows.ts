/** Checks every row of an import by the form's own rules and collects every problem. */
import type { z } from 'zod';
import { yieldToEventLoop } from '../../db/batch.ts';
import type { NewPerson } from '../../db/queries/persons.ts';
import type { NewApplication } from '../../db/queries/applications.ts';
import type { NewVedtak } from '../../db/queries/vedtak.ts';
import { importedApplicationForm } from '../persons/application-forms.ts';
import { appealRegimeFor } from '../persons/vedtak-rules.ts';
import { personForm, type VedtakContext, vedtakForm } from '../persons/forms.ts';
import { toNewVedtak } from '../persons/service.ts';
import type { CsvRow } from './parse-csv.ts';

export interface ImportItem {
  line: number;
  person: NewPerson;
  /** Without the person id, which is known only inside the import's transaction. */
  vedtak: Omit<NewVedtak, 'personId'> | PendingItem;
}

/** A row with no decision (utfall and vedtaksdato empty): a pending application. */
export type PendingItem = Omit<NewApplication, 'personId'> & { outcome: null; decisionDate: null };

const isBlank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');
/** No outcome and no decision date: the application is still being handled. */
const isPendingRow = (row: CsvRow) => isBlank(row.values.utfall) && isBlank(row.values.vedtaksdato);

export type CheckResult = { ok: true; items: ImportItem[] } | { ok: false; errors: string[] };

/** Rows checked between turns of the event loop: 20,000 rows take most of a second. */
const ROWS_PER_TURN = 1000;

/** All rows are fine, or every bad row and column is named: «Rad 4, kolonne fodselsnummer: …». */
export async function checkRows(rows: CsvRow[], ctx: VedtakContext): Promise<CheckResult> {
  const errors: string[] = [];
  const items: ImportItem[] = [];
  const vedtakSchema = vedtakForm(ctx);
  const pendingSchema = importedApplicationForm(ctx.today);
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await yieldToEventLoop();
    const person = personForm.safeParse(row.values);
    const checked = isPendingRow(row) ? pendingItem(pendingSchema.safeParse(row.values)) : vedtakItem(vedtakSchema.safeParse(row.values), ctx);
    errors.push(...messages(row.line, person.error), ...messages(row.line, checked.error));
    if (person.success && checked.item) {
      items.push({ line: row.line, person: { name: person.data.navn, fnr: person.data.fodselsnummer, district: person.data.bydel }, vedtak: checked.item });
    }
  }
  errors.push(...conflictingNames(items));
  return errors.length ? { ok: false, errors } : { ok: true, items };
}

type Checked = { item?: ImportItem['vedtak']; error?: z.ZodError };

function vedtakItem(parsed: z.ZodSafeParseResult<z.infer<ReturnType<typeof vedtakForm>>>, ctx: VedtakContext): Checked {
  if (!parsed.success) return { error: parsed.error };
  const { personId: _id, ...rest } = toNewVedtak(0, parsed.data, ctx.settings);
  return { item: rest };
}

/** The file says nothing of where the person is or who handles the case: left unknown, not guessed. */
function pendingItem(parsed: z.ZodSafeParseResult<z.infer<ReturnType<typeof importedApplicationForm>>>): Checked {
  if (!parsed.success) return { error: parsed.error };
  const a = parsed.data;
  return { item: {
    receivedDate: a.mottatt, kind: a.type, requiredTags: [...new Set(a.behov)], applicantLocation: null, handledBy: null,
    appealRegime: appealRegimeFor(a.type), outcome: null, decisionDate: null,
  } };
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
