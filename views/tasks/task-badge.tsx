/** The number of urgent Oppgaver in the navigation: shown as a badge, read as «, 3 som haster». */
export const TASK_BADGE_ID = 'oppgaver-antall';

/** `oob`: sent with an htmx answer, so the badge follows a dismissal without a page load. */
export function TaskBadge({ count, oob = false }: { count: number | undefined; oob?: boolean }) {
  return (
    <span id={TASK_BADGE_ID} hx-swap-oob={oob ? 'true' : undefined}>
      {count !== undefined && count > 0 && (
        <>
          <span class="nav-badge" aria-hidden="true">{count}</span>
          <span class="ds-sr-only">, {count} som haster</span>
        </>
      )}
    </span>
  );
}
