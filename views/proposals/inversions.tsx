/** «Lavere prioritet foran høyere»: where the plan lets a lower priority go first, and why. */

/** One placement that goes ahead of higher priorities: «Kari N. (prioritet 3) får plass på … 01.12.2026» and one line per priority and reason. */
export interface InversionView {
  placed: string;
  ahead: string[];
}

/** The plan's priority inversions, per placement, with the people named as the page names them. */
export function Inversions({ groups, id = 'inversions' }: { groups: readonly InversionView[]; id?: string }) {
  return (
    <section class="inversions" aria-labelledby={`${id}-h`}>
      <h2 class="ds-heading" data-size="xs" id={`${id}-h`}>Lavere prioritet foran høyere ({groups.length})</h2>
      {groups.length === 0
        ? <p class="ds-paragraph">Ingen med lavere prioritet får plass foran noen med høyere prioritet som kunne tatt plassen.</p>
        : (
          <>
            <p class="ds-paragraph muted">Her får noen med lavere prioritet plass før noen med høyere prioritet som passer på enheten og var klar, med begrunnelsen.</p>
            <ul class="ds-list">
              {groups.map((g, i) => (
                <li key={i}>
                  {g.ahead.length === 1
                    ? <><strong>{g.placed}</strong> {g.ahead[0]}</>
                    : <><strong>{g.placed}</strong><ul>{g.ahead.map((line, j) => <li key={j}>{line}</li>)}</ul></>}
                </li>
              ))}
            </ul>
          </>
        )}
    </section>
  );
}
