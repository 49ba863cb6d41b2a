/**
 * /oppgaver: the coordinator's work list, dismissing an item with a reason and listing it
 * again. The meeting room (mote) has no Oppgaver: it is the office's own case work (names,
 * suspected duplicates, corrections), the meeting changes nothing, and its screen already
 * shows guarantees and hospital patients.
 */
import type { Request, Response } from 'express';
import { dismissTask, undoDismissal } from '../../db/queries/tasks/dismissals.ts';
import { findTask, listTasks } from './rules/list-tasks.ts';
import { TASK_RULES } from './rules/rules.ts';
import { forgetUrgentCount, rememberUrgentCount } from './rules/urgent-count.ts';
import { TaskNavLink } from '../../views/tasks/task-badge.tsx';
import { TaskList, type TaskListProps } from '../../views/tasks/task-list.tsx';
import { TasksPage } from '../../views/tasks/tasks-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { fieldErrors } from '../forms.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { taskContext } from './context.ts';
import { dismissForm, undoForm } from './forms.ts';

const RULE_LABELS = Object.fromEntries(TASK_RULES.map((r) => [r.id, r.label]));
const NOTICES: Record<string, string> = { avvist: 'Oppgaven er avvist.', igjen: 'Oppgaven vises igjen.' };
type Outcome = Pick<TaskListProps, 'notice' | 'problem' | 'refused'>;

export function taskRoutes(routes: RouteTable, deps: AppDeps): void {
  /** The list as it is now: the whole page, or for htmx the list and the navigation's badge. */
  const respond = async (req: Request, res: Response, outcome: Outcome, status = 200) => {
    const context = await taskContext(deps);
    const list = await listTasks(deps.db, context);
    rememberUrgentCount(deps.db, context, list);
    const props: TaskListProps = {
      list, ruleLabels: RULE_LABELS, csrfToken: req.csrfToken!, ...outcome,
      showDismissed: (req.method === 'GET' ? req.query.avviste : (req.body as Record<string, unknown> | undefined)?.avviste) === 'ja',
    };
    if (req.get('hx-request')) return sendFragment(res, <><TaskList {...props} /><TaskNavLink count={list.urgent} current oob /></>, status);
    res.locals.navBadges = { oppgaver: list.urgent };
    sendPage(res, <TasksPage user={req.user!} available={areasFor(req.user!.role)} today={context.today} {...props} />, status);
  };
  /** After a change without JavaScript: back to the list with the result, so a reload does not post again. */
  const done = (req: Request, res: Response, notice: string, outcome: Outcome) => {
    if (req.get('hx-request')) return respond(req, res, outcome);
    const dismissed = (req.body as Record<string, unknown> | undefined)?.avviste === 'ja' ? '&avviste=ja' : '';
    res.redirect(303, `/oppgaver?melding=${notice}${dismissed}`);
  };

  routes.get('/oppgaver', ['koordinator'], (req, res) => respond(req, res, { notice: NOTICES[String(req.query.melding)] }));

  routes.post('/oppgaver/avvis', ['koordinator'], async (req, res) => {
    const form = dismissForm.safeParse(req.body ?? {});
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!form.success) {
      const errors = fieldErrors(form.error);
      const key = typeof body.nokkel === 'string' ? body.nokkel : '';
      const reason = typeof body.begrunnelse === 'string' ? body.begrunnelse : '';
      return respond(req, res, errors.nokkel ? { problem: errors.nokkel } : { refused: { key, reason, error: errors.begrunnelse ?? 'Skriv hvorfor oppgaven avvises.' } }, 422);
    }
    const task = await findTask(deps.db, await taskContext(deps), form.data.nokkel);
    if (!task) return respond(req, res, { problem: 'Oppgaven finnes ikke lenger: årsaken er alt rettet. Ingenting ble lagret.' }, 409);
    await dismissTask(deps.db, { key: task.key, rule: task.rule, personId: task.subject.kind === 'person' ? task.subject.personId : null, reason: task.reason },
      form.data.begrunnelse, req.user!.id, deps.now());
    forgetUrgentCount(deps.db);
    await done(req, res, 'avvist', { notice: `Avvist: ${task.subject.name}. Begrunnelse: ${form.data.begrunnelse}` });
  });

  routes.post('/oppgaver/angre', ['koordinator'], async (req, res) => {
    const form = undoForm.safeParse(req.body ?? {});
    if (!form.success) return respond(req, res, { problem: fieldErrors(form.error).nokkel }, 422);
    const task = await findTask(deps.db, await taskContext(deps), form.data.nokkel);
    const undone = await undoDismissal(deps.db, form.data.nokkel, task?.subject.kind === 'person' ? task.subject.personId : null, req.user!.id);
    forgetUrgentCount(deps.db);
    if (!undone) return respond(req, res, { problem: 'Oppgaven var ikke avvist. Ingenting ble endret.' }, 409);
    await done(req, res, 'igjen', { notice: task ? `Vises igjen: ${task.subject.name}.` : NOTICES.igjen });
  });
}
