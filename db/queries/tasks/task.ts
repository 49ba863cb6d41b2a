/**
 * Oppgaver: the coordinator's work list, computed from the data on every request (never a
 * stored to-do that drifts). Each rule is one small function that finds the items of one
 * cause; an item leaves the list when its cause is fixed, or when it is dismissed with a
 * reason (task_dismissals, by `key`).
 */
import type { DbOrTx } from '../../client.ts';
import type { Settings } from '../settings.ts';

/** How soon the item needs the coordinator: overdue first, then due today, then soon; corrections are data-quality fixes. */
export type TaskUrgency = 'overdue' | 'today' | 'soon' | 'correction';

export type TaskSubject =
  | { kind: 'person'; personId: number; name: string }
  | { kind: 'unit'; unitId: number; name: string };

export interface Task {
  /**
   * Stable for one cause, e.g. `foreløpig-svar:application:12`: a dismissal is kept by key, and
   * the key of a new cause (another application, a new stay) differs, so it is listed again.
   */
  key: string;
  /** The rule's id (TaskRule.id). */
  rule: string;
  urgency: TaskUrgency;
  subject: TaskSubject;
  /** Why it is listed, one Norwegian sentence with dates as dd.mm.yyyy (through views/format.ts). */
  reason: string;
  /** Where the cause is resolved, e.g. `/personer/12#vedtak`. */
  href: string;
  /** The date the item is due (ISO), when it has one. */
  dueDate: string | null;
}

export interface TaskContext {
  /** Today in Europe/Oslo (ISO); the app's `now`, so tests move the clock. */
  today: string;
  now: Date;
  settings: Settings;
}

export interface TaskRule {
  /** kebab-case, stable: part of every key and of stored dismissals. */
  id: string;
  /** What the rule looks for, in Norwegian, for the README's list and the page's grouping. */
  label: string;
  /** The settings the rule reads its thresholds from, for the README's list (rules.test.ts checks it). */
  thresholds?: readonly (keyof Settings)[];
  find: (db: DbOrTx, context: TaskContext) => Promise<Task[]>;
}
