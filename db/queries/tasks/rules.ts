/** Every rule of Oppgaver, in the order their groups are shown. Add a rule here and nowhere else. */
import type { TaskRule } from './task.ts';

export const TASK_RULES: readonly TaskRule[] = [];
