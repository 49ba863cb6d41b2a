/** The Oppgaver rules' view of now: the app's clock (tests move it) and the office's settings. */
import { osloToday } from '../../db/dates.ts';
import { cachedSettings } from '../../db/queries/settings.ts';
import type { TaskContext } from '../../db/queries/tasks/task.ts';
import type { AppDeps } from '../app.tsx';

export async function taskContext(deps: Pick<AppDeps, 'db' | 'now'>): Promise<TaskContext> {
  const now = deps.now();
  return { now, today: osloToday(now), settings: await cachedSettings(deps.db) };
}
