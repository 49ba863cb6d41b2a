/** /oppgaver: the coordinator's work list, the start page of the day. */
import type { SessionUser } from '../../db/queries/users.ts';
import { formatDayHeading } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { TaskList, type TaskListProps } from './task-list.tsx';

export interface TasksPageProps extends TaskListProps {
  user: SessionUser;
  available: readonly NavId[];
  today: string;
}

export function TasksPage({ user, available, today, ...list }: TasksPageProps) {
  return (
    <Layout title="Oppgaver" user={user} csrfToken={list.csrfToken} active="oppgaver" available={available}>
      <h1 class="ds-heading" data-size="lg">Oppgaver</h1>
      <p class="ds-paragraph">
        {formatDayHeading(today)}. Listen regnes ut fra dataene hver gang: en oppgave forsvinner når årsaken er rettet,
        eller når du avviser den med en begrunnelse.
      </p>
      <TaskList {...list} />
    </Layout>
  );
}
