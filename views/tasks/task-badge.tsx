/**
 * «Oppgaver» in the navigation with the number of urgent items: a badge to see, and the
 * link's name «Oppgaver, 3 som haster» to hear (one aria-label, so no stray space before the comma).
 */
export const TASK_LINK_ID = 'nav-oppgaver';

export interface TaskLinkProps {
  count: number | undefined;
  current: boolean;
  /** Sent with an htmx answer, so the count follows a dismissal without a page load. */
  oob?: boolean;
}

export function TaskNavLink({ count, current, oob = false }: TaskLinkProps) {
  const urgent = count !== undefined && count > 0;
  return (
    <a id={TASK_LINK_ID} href="/oppgaver" aria-current={current ? 'page' : undefined} hx-swap-oob={oob ? 'true' : undefined}
      aria-label={urgent ? `Oppgaver, ${count} som haster` : undefined}>
      Oppgaver{urgent && <span class="nav-badge" aria-hidden="true">{count}</span>}
    </a>
  );
}
