/** The Ventelister query string, parsed strictly: every parameter known, every value from its list. */
import { z } from 'zod';
import { GUARANTEE_STATUSES, PLACES } from '../../db/queries/queue-status.ts';
import type { QueueFilter, QueueSort } from '../../db/queries/queue-view.ts';
import { SORT_KEYS } from '../../db/queries/queue-view.ts';
import { QUEUE_IDS } from '../../db/queries/queues.ts';
import type { QueueParams } from '../../views/queues/queue-params.ts';
import { ALL_TAGS } from '../persons/vedtak-rules.ts';
import { stringField } from '../forms.ts';

/** An empty select («Alle») sends the parameter blank: the same as leaving it out. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string, valid = 'Gyldige verdier') =>
  z.enum(values, { error: (issue) => `Ukjent ${what} «${String(issue.input)}». ${valid}: ${values.join(', ')}.` });

const queueQuery = z.strictObject({
  ko: z.preprocess((value) => (value === '' ? undefined : value),
    choice(QUEUE_IDS, 'kø', 'Gyldige køer').default('korttid')),
  sorter: optional(choice(SORT_KEYS, 'sortering')),
  retning: optional(choice(['stigende', 'synkende'], 'retning')),
  bydel: optional(stringField('Bydel må være tekst.').max(80, 'Bydelen er for lang.')),
  behov: optional(choice(ALL_TAGS, 'behov')),
  sted: optional(choice(PLACES, 'sted')),
  garanti: optional(choice(GUARANTEE_STATUSES, 'garantistatus')),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Ukjent parameter i adressen: ${issue.keys.join(', ')}.` : undefined) });

export type QueueQueryResult = { ok: true; params: QueueParams } | { ok: false; message: string };

/** Parses `req.query`; a failure says which parameter and what it may be, in Norwegian. */
export function parseQueueQuery(raw: unknown): QueueQueryResult {
  const parsed = queueQuery.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const params: QueueParams = { ko: parsed.data.ko };
  for (const [key, value] of Object.entries(parsed.data)) if (value !== undefined) Object.assign(params, { [key]: value });
  return { ok: true, params };
}

/** The filters the params name; absent ones keep every row. */
export const queueFilterOf = (p: QueueParams): QueueFilter =>
  ({ district: p.bydel, need: p.behov, place: p.sted, guarantee: p.garanti });

/** The chosen column's sort, or undefined for the queue's own order (most urgent first). */
export const queueSortOf = (p: QueueParams): QueueSort | undefined =>
  (p.sorter ? { key: p.sorter, descending: p.retning === 'synkende' } : undefined);
