/**
 * «Hvem har sett opplysningene»: everyone who opened the person's page or data, for the
 * person page and for answering a person who asks (the right to know who has looked).
 */
import type { PersonViewer } from '../../db/queries/person-access.ts';
import { actionText } from '../action-words.ts';
import { formatDateTime } from '../format.ts';
import { ROLE_LABELS } from './user-fields.tsx';
import { scrollBox } from '../components/scroll-box.ts';


export function PersonViewers({ viewers, headingLevel = 2 }: { viewers: PersonViewer[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="person-viewers" aria-labelledby="hvem-har-sett">
      <Heading class="ds-heading" data-size="xs" id="hvem-har-sett">Hvem har sett opplysningene</Heading>
      {viewers.length === 0
        ? <p class="ds-paragraph">Ingen har åpnet opplysningene om personen.</p>
        : (
          <div class="table-scroll" {...scrollBox('Oppslag')}>
            <table class="ds-table" data-border data-size="sm">
              <thead><tr><th>Tidspunkt</th><th>Hvem</th><th>Rolle</th><th>Hva</th></tr></thead>
              <tbody>
                {viewers.map((v, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(v.at, true)}</td>
                    <td>{v.displayName ?? 'Ukjent bruker'} {v.username && <span class="mono muted">({v.username})</span>}</td>
                    <td>{v.role ? ROLE_LABELS[v.role] : '–'}</td>
                    <td>{actionText(v.action)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </section>
  );
}
