/**
 * The navigation's number of urgent Oppgaver, from listTasks itself (one rule, one place),
 * read at most once per database every URGENT_CACHE_MS instead of on every page.
 */
import type { Db, DbOrTx } from '../../../db/client.ts';
import { listTasks, type TaskList } from './list-tasks.ts';
import type { TaskContext } from '../../../db/queries/tasks/task.ts';

/** How long a count may be reused; the Oppgaver page itself always lists afresh and stores its count. */
export const URGENT_CACHE_MS = 5_000;

interface Entry { readAt: number; clock: number; count: Promise<number> }
const cached = new WeakMap<Db, Entry>();

/** The count is reused only while both the process clock and the app's clock (tests move it) are within the window. */
const fresh = (entry: Entry, context: TaskContext) =>
  performance.now() - entry.readAt < URGENT_CACHE_MS && Math.abs(context.now.getTime() - entry.clock) < URGENT_CACHE_MS;

/** Overdue and due-today items, not dismissed (TaskList.urgent). */
export function cachedUrgentCount(db: Db, context: TaskContext): Promise<number> {
  const hit = cached.get(db);
  if (hit && fresh(hit, context)) return hit.count;
  const entry: Entry = { readAt: performance.now(), clock: context.now.getTime(), count: listTasks(db, context).then((list) => list.urgent) };
  cached.set(db, entry);
  entry.count.catch(() => { if (cached.get(db) === entry) cached.delete(db); });
  return entry.count;
}

/** Stores the count of a list just made, so the next page shows what the Oppgaver page showed. */
export function rememberUrgentCount(db: DbOrTx, context: TaskContext, list: TaskList): void {
  cached.set(db as Db, { readAt: performance.now(), clock: context.now.getTime(), count: Promise.resolve(list.urgent) });
}

/** Drops the count: call after a change that may add or remove items (a dismissal). */
export function forgetUrgentCount(db: DbOrTx): void {
  cached.delete(db as Db);
}
