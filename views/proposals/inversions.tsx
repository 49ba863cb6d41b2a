/** «Lavere prioritet foran høyere»: where the plan lets a lower priority go first, and why. */

/** The plan's priority inversions, one sentence each with the people named as the page names them. */
export function Inversions({ lines, id = 'inversions' }: { lines: readonly string[]; id?: string }) {
  return (
    <section class="inversions" aria-labelledby={`${id}-h`}>
      <h2 class="ds-heading" data-size="xs" id={`${id}-h`}>Lavere prioritet foran høyere ({lines.length})</h2>
      {lines.length === 0
        ? <p class="ds-paragraph">Ingen med lavere prioritet får plass foran noen med høyere prioritet som kunne tatt plassen.</p>
        : (
          <>
            <p class="ds-paragraph muted">Her får noen med lavere prioritet plass før noen med høyere prioritet som passer på enheten og var klar. Begrunnelsen står bak.</p>
            <ul class="ds-list">{lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
          </>
        )}
    </section>
  );
}
