/**
 * «Oppgaver» in the navigation with the number of urgent items: a badge to see, and the
 * link's name «Oppgaver 3 som haster» to hear. No aria-label: the name holds the visible
 * text «Oppgaver 3» (WCAG 2.5.3, axe's label-content-name-mismatch).
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
    <a id={TASK_LINK_ID} href="/oppgaver" aria-current={current ? 'page' : undefined} hx-swap-oob={oob ? 'true' : undefined}>
      Oppgaver{urgent && <> <span class="nav-badge">{count}</span><span class="ds-sr-only"> som haster</span></>}
    </a>
  );
}
