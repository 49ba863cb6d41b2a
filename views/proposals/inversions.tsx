/** «Lavere prioritet foran høyere»: where the plan lets a lower priority go first, and why. */

/** One placement that goes ahead of higher priorities: «Kari N. (prioritet 3) får plass på … 01.12.2026» and one line per priority and reason. */
export interface InversionView {
  placed: string;
  ahead: string[];
}

const TITLE = 'Lavere prioritet foran høyere';

/**
 * The plan's priority inversions, per placement, with the people named as the page names them.
 * `folded`: a closed «details» (the meeting, where the proposals come first); otherwise a section with its own heading.
 */
export function Inversions({ groups, folded = false }: { groups: readonly InversionView[]; folded?: boolean }) {
  const title = `${TITLE} (${groups.length})`;
  if (folded) {
    return (
      <details class="ds-details inversions">
        <summary>{title}</summary>
        <InversionList groups={groups} />
      </details>
    );
  }
  return (
    <section class="inversions" aria-labelledby="inversions-h">
      <h2 class="ds-heading" data-size="xs" id="inversions-h">{title}</h2>
      <InversionList groups={groups} />
    </section>
  );
}

function InversionList({ groups }: { groups: readonly InversionView[] }) {
  if (groups.length === 0) return <p class="ds-paragraph">Ingen med lavere prioritet får plass foran noen med høyere prioritet som kunne tatt plassen.</p>;
  return (
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
  );
}
