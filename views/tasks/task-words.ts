/** Oppgaver's groups in words. */
import type { TaskUrgency } from '../../db/queries/tasks/task.ts';

export const URGENCY_WORDS: Record<TaskUrgency, { title: string; empty: string; id: string }> = {
  overdue: { title: 'Forfalt', empty: 'Ingenting har forfalt.', id: 'forfalt' },
  today: { title: 'I dag', empty: 'Ingenting forfaller i dag.', id: 'i-dag' },
  soon: { title: 'Snart', empty: 'Ingenting forfaller de nærmeste dagene.', id: 'snart' },
  correction: { title: 'Rettinger', empty: 'Ingen registreringer å rette.', id: 'rettinger' },
};
