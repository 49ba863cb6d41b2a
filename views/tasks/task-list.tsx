/** The work list itself: the page shows it, and every htmx answer replaces it whole. */
import type { TaskGroup, TaskList as Tasks } from '../../server/tasks/rules/list-tasks.ts';
import type { Task } from '../../db/queries/tasks/task.ts';
import { FieldError, invalid } from '../components/field-error.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { URGENCY_WORDS } from './task-words.ts';

export const TASK_LIST_ID = 'oppgaver-liste';

/** A refused dismissal: which item, what was typed, and the message at the field. */
export interface DismissState { key: string; reason: string; error: string }

export interface TaskListProps {
  list: Tasks;
  /** Rule id → what the rule looks for (TaskRule.label). */
  ruleLabels: Record<string, string>;
  showDismissed: boolean;
  csrfToken: string;
  /** The result of the last action, announced politely and focused. */
  notice?: string;
  /** A problem with the last action as a whole (e.g. its cause is gone), announced at once. */
  problem?: string;
  refused?: DismissState;
}

export function TaskList(props: TaskListProps) {
  const { list, showDismissed, notice, problem } = props;
  return (
    <div id={TASK_LIST_ID} class="task-list">
      {notice && <div class="ds-alert" data-color="success" data-announce="polite" data-focus tabindex={-1}>{notice}</div>}
      {problem && <div class="ds-alert" data-color="warning" data-announce="assertive" data-focus tabindex={-1}>{problem}</div>}
      <nav aria-label="Grupper" class="task-summary">
        <ul>
          {list.groups.map((g) => <li key={g.urgency}><a class="ds-link" href={`#${URGENCY_WORDS[g.urgency].id}`}>{URGENCY_WORDS[g.urgency].title} ({g.tasks.length})</a></li>)}
        </ul>
      </nav>
      {list.groups.map((g) => <Group key={g.urgency} group={g} {...props} />)}
      <p class="ds-paragraph">
        {showDismissed
          ? <a class="ds-link" href="/oppgaver">Skjul avviste</a>
          : <a class="ds-link" href="/oppgaver?avviste=ja#avviste">Vis avviste ({list.dismissed.length})</a>}
      </p>
      {showDismissed && <Dismissed {...props} />}
    </div>
  );
}

function Group({ group, ...props }: TaskListProps & { group: TaskGroup }) {
  const words = URGENCY_WORDS[group.urgency];
  return (
    <section aria-labelledby={`${words.id}-h`} class="task-group" data-urgency={group.urgency}>
      <h2 class="ds-heading" data-size="sm" id={`${words.id}-h`}><span id={words.id}>{words.title}</span> ({group.tasks.length})</h2>
      {group.tasks.length === 0
        ? <p class="ds-paragraph muted">{words.empty}</p>
        : <ul class="task-items">{group.tasks.map((t) => <TaskItem key={t.key} task={t} {...props} />)}</ul>}
    </section>
  );
}

/** A key as an element id (keys hold «:»). */
const slug = (key: string) => `oppgave-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;

function Subject({ task }: { task: Task }) {
  const s = task.subject;
  return <a class="ds-link" href={s.kind === 'person' ? `/personer/${s.personId}` : `/plasser/enhet/${s.unitId}`}>{s.name}</a>;
}

function TaskItem({ task, ruleLabels, refused, showDismissed, csrfToken }: TaskListProps & { task: Task }) {
  const id = slug(task.key);
  return (
    <li class="ds-card task-item" id={id} data-rule={task.rule}>
      <h3 class="ds-heading" data-size="2xs"><Subject task={task} /></h3>
      <p class="ds-paragraph" data-size="sm">{task.reason}</p>
      <p class="ds-paragraph muted" data-size="sm">
        {task.dueDate && <>Frist {formatDate(task.dueDate)} · </>}{ruleLabels[task.rule] ?? task.rule}
      </p>
      <p class="ds-paragraph" data-size="sm"><a class="ds-link" href={task.href}>Løs saken<span class="ds-sr-only"> for {task.subject.name}</span></a></p>
      <DismissForm task={task} id={id} refused={refused?.key === task.key ? refused : undefined} showDismissed={showDismissed} csrfToken={csrfToken} />
    </li>
  );
}

function DismissForm({ task, id, refused, showDismissed, csrfToken }: { task: Task; id: string; refused?: DismissState; showDismissed: boolean; csrfToken: string }) {
  const field = `${id}-grunn`;
  return (
    <details class="ds-details" open={refused !== undefined}>
      <summary>Avvis<span class="ds-sr-only"> oppgaven for {task.subject.name}</span></summary>
      <form method="post" action="/oppgaver/avvis" hx-post="/oppgaver/avvis" hx-target={`#${TASK_LIST_ID}`} hx-swap="outerHTML" novalidate class="form-stack">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="nokkel" value={task.key} />
        {showDismissed && <input type="hidden" name="avviste" value="ja" />}
        <div class="ds-field">
          <label class="ds-label" for={field}>Begrunnelse (påkrevd)</label>
          <input class="ds-input" type="text" id={field} name="begrunnelse" value={refused?.reason ?? ''} maxLength={500} {...invalid(field, refused?.error)} />
          <FieldError id={`${field}-feil`} message={refused?.error} />
        </div>
        <div><button type="submit" class="ds-button" data-variant="secondary" data-size="sm">Avvis oppgaven</button></div>
      </form>
    </details>
  );
}

function Dismissed({ list, csrfToken }: TaskListProps) {
  return (
    <section aria-labelledby="avviste-h" class="task-group" id="avviste">
      <h2 class="ds-heading" data-size="sm" id="avviste-h">Avviste ({list.dismissed.length})</h2>
      {list.dismissed.length === 0 ? <p class="ds-paragraph muted">Ingen avviste oppgaver som fortsatt gjelder.</p> : (
        <ul class="task-items">
          {list.dismissed.map((t) => (
            <li key={t.key} class="ds-card task-item">
              <h3 class="ds-heading" data-size="2xs"><Subject task={t} /></h3>
              <p class="ds-paragraph" data-size="sm">{t.reason}</p>
              <p class="ds-paragraph muted" data-size="sm">
                Avvist {formatDateTime(t.dismissal.dismissedAt)}{t.dismissal.dismissedBy && <> av {t.dismissal.dismissedBy}</>}: «{t.dismissal.reason}»
              </p>
              <form method="post" action="/oppgaver/angre" hx-post="/oppgaver/angre" hx-target={`#${TASK_LIST_ID}`} hx-swap="outerHTML">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <input type="hidden" name="nokkel" value={t.key} />
                <input type="hidden" name="avviste" value="ja" />
                <button type="submit" class="ds-button" data-variant="tertiary" data-size="sm">Vis igjen<span class="ds-sr-only"> oppgaven for {t.subject.name}</span></button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
