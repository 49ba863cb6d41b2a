/**
 * The errors of a full-page form that came back refused, each a link to its field. It takes
 * focus when the page loads (static/swap-focus.js finds `data-error-summary`), so a screen
 * reader hears what went wrong first; htmx forms focus their first field instead.
 */
export function ErrorSummary({ errors, fieldId }: { errors: Record<string, string | undefined>; fieldId: (name: string) => string }) {
  const found = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (found.length === 0) return null;
  return (
    <div class="ds-error-summary" tabindex={-1} data-error-summary aria-labelledby="feiloppsummering">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering">{found.length === 1 ? 'Skjemaet har én feil' : `Skjemaet har ${found.length} feil`}</h2>
      <ul class="ds-list">
        {found.map(([name, message]) => <li key={name}><a class="ds-link" href={`#${fieldId(name)}`}>{message}</a></li>)}
      </ul>
    </div>
  );
}
