/** How a rule turns a due date into urgency, and how items are ordered within a group. */
import type { Task, TaskUrgency } from '../../../db/queries/tasks/task.ts';

/** The groups in the order the page shows them. */
export const URGENCY_ORDER: readonly TaskUrgency[] = ['overdue', 'today', 'soon', 'correction'];

/** Overdue before today's date, today on it, soon after it (ISO dates compare as text). */
export function urgencyOf(due: string, today: string): TaskUrgency {
  if (due < today) return 'overdue';
  return due === today ? 'today' : 'soon';
}

/** Earliest due date first; items without one last; then by key, so the order is stable. */
export function byDueDate(a: Task, b: Task): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Whole days as words in a reason sentence, e.g. «1 dag», «12 dager». Counts here are
 * small whole numbers (no thousands separator), so db/ needs no view formatter.
 */
export const dayWords = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'dag' : 'dager'}`;

/** The kind of place as a word inside a sentence. */
export const kindWord = (kind: string): string => ({ korttid: 'korttid', langtid: 'langtid', bofellesskap: 'bofellesskap' })[kind] ?? kind;

/** A person subject from a row's id and name. */
export const personSubject = (personId: number, name: string): Task['subject'] => ({ kind: 'person', personId, name });
