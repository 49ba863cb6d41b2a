import type { StaleReminder } from '../../db/queries/report-history.ts';
import { formatAge } from '../format.ts';
import { scrollBox } from '../components/scroll-box.ts';

/** Column names, also each cell's `data-label` for the card per unit on a phone. */
const LABEL = { report: 'Siste melding', leaders: 'Leder' };

/** Purringer: units whose report is overdue, with the leaders to call. */
export function StaleReminders({ reminders, now, staleHour, unitPages }: { reminders: StaleReminder[]; now: Date; staleHour: number; unitPages: boolean }) {
  return (
    <section id="purringer" class="reminders" aria-labelledby="purringer-h">
      <h2 class="ds-heading" data-size="sm" id="purringer-h">Purringer ({reminders.length})</h2>
      {reminders.length === 0
        ? <p class="ds-paragraph">Alle enheter har meldt innen fristen (kl. {String(staleHour).padStart(2, '0')}.00 på hverdager).</p>
        : (
          <>
            <p class="ds-paragraph">Disse enhetene har ikke meldt innen fristen (kl. {String(staleHour).padStart(2, '0')}.00 på hverdager). Tallene deres kan være gamle.</p>
            <div class="table-scroll" {...scrollBox('Enheter som må melde')}>
              <table class="ds-table row-cards" data-border data-size="sm">
                <thead><tr><th>Enhet</th><th>{LABEL.report}</th><th>{LABEL.leaders}</th></tr></thead>
                <tbody>
                  {reminders.map((r) => (
                    <tr key={r.unitId}>
                      <td>{unitPages ? <a class="ds-link" href={`/plasser/enhet/${r.unitId}`}>{r.name}</a> : r.name} <span class="mono muted">{r.code}</span></td>
                      <td data-label={LABEL.report}><span class="ds-tag" data-color="danger">{r.reportedAt ? formatAge(r.reportedAt, now) : 'Aldri meldt'}</span></td>
                      <td data-label={LABEL.leaders}>{r.leaders.length ? r.leaders.join(', ') : <span class="muted">Ingen leder registrert</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
    </section>
  );
}
