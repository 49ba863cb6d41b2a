/** «Søknader under behandling»: every pending application with its clock, oldest first, for the coordinator. */
import type { SessionUser } from '../../db/queries/users.ts';
import { scrollBox } from '../components/scroll-box.ts';
import { formatDate, formatTags } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { ClockText, InterimReplyText, type PendingView } from './application-section.tsx';
import { KIND_LABELS, LOCATION_LABELS } from './labels.ts';

interface PageProps { user: SessionUser; csrfToken: string; available: readonly NavId[] }

export function PendingPage({ pending, ...page }: PageProps & { pending: PendingView[] }) {
  return (
    <Layout title="Søknader under behandling" user={page.user} csrfToken={page.csrfToken} active="personer" available={page.available}>
      <p class="ds-paragraph"><a class="ds-link" href="/personer">← Personer</a></p>
      <h1 class="ds-heading" data-size="lg">Søknader under behandling</h1>
      <p class="ds-paragraph">
        Dager siden søknaden kom inn, mot målet for saksbehandlingstid (innstillinger). Foreløpig svar skal sendes når saken ikke kan avgjøres innen en måned (forvaltningsloven § 11 a); faller fristen på en helg eller helligdag, gjelder neste virkedag.
      </p>
      {pending.length === 0 ? <p class="ds-paragraph">Ingen søknader venter på vedtak.</p> : (
        <div class="table-scroll" {...scrollBox('Søknader under behandling')}>
          <table class="ds-table" data-border data-zebra data-size="sm">
            <caption>{pending.length === 1 ? '1 søknad' : `${pending.length} søknader`}</caption>
            <thead><tr><th>Person</th><th>Søker om</th><th>Mottatt</th><th>Dager siden mottatt</th><th>Foreløpig svar</th><th>Oppholdssted</th><th>Saksbehandler</th></tr></thead>
            <tbody>
              {pending.map((a) => (
                <tr key={a.id}>
                  <td><a class="ds-link" href={`/personer/${a.personId}#soknad-${a.id}`}>{a.personName}</a></td>
                  <td>{KIND_LABELS[a.kind]}{a.requiredTags.length > 0 && ` – ${formatTags(a.requiredTags)}`}</td>
                  <td>{formatDate(a.receivedDate)}</td>
                  <td><ClockText clock={a.clock} /></td>
                  <td><InterimReplyText a={a} /></td>
                  <td>{a.applicantLocation ? LOCATION_LABELS[a.applicantLocation] : '–'}</td>
                  <td>{a.handlerName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
