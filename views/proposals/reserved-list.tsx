import type { ReservedRow } from '../../db/queries/allocation-lists.ts';
import { formatDate } from '../format.ts';
import { interimLabel } from './interim-words.tsx';

/** Reserved places waiting for the person to arrive: admit or cancel. */
export function ReservedList({ rows, canDecide }: { rows: ReservedRow[]; canDecide: boolean }) {
  return (
    <section id="reserved" class="reserved">
      <h2 class="ds-heading" data-size="sm">Reserverte plasser ({rows.length})</h2>
      {rows.length === 0 ? <p class="ds-paragraph">Ingen reserverte plasser venter på innskriving.</p> : (
        <ul class="ds-list reserved-list">
          {rows.map((r) => <ReservedItem key={r.allocationId} row={r} canDecide={canDecide} />)}
        </ul>
      )}
    </section>
  );
}

export function ReservedItem({ row, canDecide, error, done }: { row: ReservedRow; canDecide: boolean; error?: string; done?: string }) {
  const id = `reserved-${row.allocationId}`;
  return (
    <li id={id} data-interim={row.interim ? 'true' : undefined}>
      {canDecide ? <a class="ds-link" href={`/personer/${row.personId}`}>{row.personName}</a> : row.personName} → {row.unitName}, {formatDate(row.date)}
      {row.interim && <> <span class="ds-tag" data-color="info">{interimLabel(row.entryKind)}</span></>}
      {done && <> <span class="ds-tag" data-color="success" data-announce="polite">{done}</span></>}
      {error && <div class="ds-alert" data-color="danger" data-announce="assertive">{error}</div>}
      {canDecide && !done && (
        <span class="reserved-actions">
          <button class="ds-button" data-size="sm" data-variant="primary" hx-post={`/tildelinger/${row.allocationId}/innskrevet`} hx-target={`#${id}`} hx-swap="outerHTML">Innskrevet</button>
          <form class="inline-form" hx-post={`/tildelinger/${row.allocationId}/kanseller`} hx-target={`#${id}`} hx-swap="outerHTML">
            <label class="ds-label" data-size="sm" for={`${id}-grunn`}>Grunn til kansellering (påkrevd)</label>
            <input class="ds-input" data-size="sm" id={`${id}-grunn`} name="begrunnelse" />
            <button class="ds-button" data-size="sm" data-variant="secondary" type="submit">Kanseller</button>
          </form>
        </span>
      )}
    </li>
  );
}
