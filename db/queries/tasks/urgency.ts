/** The urgency of an item with a due date, as Oppgaver groups it. */
import type { TaskUrgency } from './task.ts';

/** overdue after the due date, today on it, soon before it. */
export const urgencyOf = (dueDate: string, today: string): TaskUrgency =>
  (dueDate < today ? 'overdue' : dueDate === today ? 'today' : 'soon');
