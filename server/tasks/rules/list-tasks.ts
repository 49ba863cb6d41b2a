/**
 * The work list: every rule of TASK_RULES run on the data now, dismissed items set apart,
 * grouped by urgency and sorted by due date. The page and the navigation's count both read it.
 */
import type { DbOrTx } from '../../../db/client.ts';
import { type Dismissal, loadDismissals } from '../../../db/queries/tasks/dismissals.ts';
import { TASK_RULES } from './rules.ts';
import type { Task, TaskContext, TaskRule, TaskUrgency } from '../../../db/queries/tasks/task.ts';
import { byDueDate, URGENCY_ORDER } from './rule-helpers.ts';

export interface TaskGroup { urgency: TaskUrgency; tasks: Task[] }

export interface TaskList {
  /** Every urgency in URGENCY_ORDER, empty ones included. */
  groups: TaskGroup[];
  /** Items still caused by the data but dismissed, with why; by due date. */
  dismissed: (Task & { dismissal: Dismissal })[];
  /** Overdue and due today, not dismissed: the navigation's badge. */
  urgent: number;
}

/**
 * Runs the rules at once (PostgreSQL answers them on several connections; PGlite queues them
 * on its one) and sets dismissed items apart.
 */
export async function listTasks(db: DbOrTx, context: TaskContext, rules: readonly TaskRule[] = TASK_RULES): Promise<TaskList> {
  const found = (await Promise.all(rules.map((rule) => rule.find(db, context)))).flat();
  const dismissals = await loadDismissals(db, found.map((t) => t.key));
  const open = found.filter((t) => !dismissals.has(t.key)).sort(byDueDate);
  const groups = URGENCY_ORDER.map((urgency) => ({ urgency, tasks: open.filter((t) => t.urgency === urgency) }));
  return {
    groups,
    dismissed: found.filter((t) => dismissals.has(t.key)).sort(byDueDate).map((t) => ({ ...t, dismissal: dismissals.get(t.key)! })),
    urgent: open.filter((t) => t.urgency === 'overdue' || t.urgency === 'today').length,
  };
}

/** The item of `key` as the rules list it now (dismissed or not), or undefined when its cause is gone. */
export async function findTask(db: DbOrTx, context: TaskContext, key: string): Promise<Task | undefined> {
  // Keys start with their rule's id; a rule that does not follow that is still searched, last.
  const owners = TASK_RULES.filter((r) => key.startsWith(`${r.id}:`));
  for (const rule of [...owners, ...TASK_RULES.filter((r) => !owners.includes(r))]) {
    const hit = (await rule.find(db, context)).find((t) => t.key === key);
    if (hit) return hit;
  }
  return undefined;
}
