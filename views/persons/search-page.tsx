import type { PersonHit } from '../../db/queries/persons.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { Layout, type NavId } from '../layout.tsx';
import { EMPTY_FORM, type FormState, InputField } from './fields.tsx';
import { scrollBox } from '../components/scroll-box.ts';
import { ErrorSummary } from '../components/error-summary.tsx';

interface PageProps { user: SessionUser; csrfToken: string; available: readonly NavId[] }

/** «Personer»: find a person by name or fødselsnummer, or register a new one. */
export function SearchPage({ q, hits, ...page }: PageProps & { q: string; hits: PersonHit[] }) {
  return (
    <Layout title="Personer" user={page.user} csrfToken={page.csrfToken} active="personer" available={page.available}>
      <h1 class="ds-heading" data-size="lg">Personer</h1>
      <form method="get" action="/personer" class="search-form" role="search"
        hx-get="/personer" hx-target="#person-hits" hx-select="#person-hits" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, input changed delay:400ms from:#sok-q">
        <div class="ds-field">
          <label class="ds-label" for="sok-q">Søk på navn eller fødselsnummer</label>
          <input class="ds-input" type="search" id="sok-q" name="q" value={q} autocomplete="off" />
        </div>
        <button class="ds-button" data-variant="primary" type="submit">Søk</button>
        <a class="ds-button" data-variant="secondary" href="/personer/ny">Registrer ny person</a>
        <a class="ds-button" data-variant="tertiary" href="/import">Importer fra fagsystemet</a>
        <a class="ds-button" data-variant="tertiary" href="/soknader">Søknader under behandling</a>
      </form>
      <PersonHits q={q} hits={hits} />
    </Layout>
  );
}

/** The search result: the page's body and the htmx fragment. */
export function PersonHits({ q, hits }: { q: string; hits: PersonHit[] }) {
  if (q.trim().length < 2) return <div id="person-hits"><p class="ds-paragraph">Skriv minst to tegn av navnet, eller hele fødselsnummeret.</p></div>;
  if (hits.length === 0) return <div id="person-hits"><p class="ds-paragraph" data-announce="polite">Ingen treff på «{q}». <a class="ds-link" href="/personer/ny">Registrer ny person</a>.</p></div>;
  return (
    <div id="person-hits" class="table-scroll" {...scrollBox('Treff')}>
      <table class="ds-table" data-border data-zebra data-size="sm">
        <caption data-announce="polite">{hits.length === 1 ? '1 treff' : `${hits.length} treff`}</caption>
        <thead><tr><th>Navn</th><th>Fødselsnr.</th><th>Bydel</th></tr></thead>
        <tbody>
          {hits.map((h) => (
            <tr key={h.id}><td><a class="ds-link" href={`/personer/${h.id}`}>{h.name}</a></td><td class="mono">{h.fnrMasked}</td><td>{h.district}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Register a person; the form comes back with a message at each field on bad input. */
export function NewPersonPage({ form = EMPTY_FORM, districts, existingId, ...page }: PageProps & { form?: FormState; districts: string[]; existingId?: number }) {
  return (
    <Layout title="Ny person" user={page.user} csrfToken={page.csrfToken} active="personer" available={page.available}>
      <h1 class="ds-heading" data-size="lg">Registrer ny person</h1>
      <ErrorSummary errors={form.errors} fieldId={(name) => `ny-${name}`} />
      <form method="post" action="/personer" class="form-stack" id="ny-person" novalidate>
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        <InputField prefix="ny" name="navn" label="Navn" state={form} autocomplete="off" />
        <InputField prefix="ny" name="fodselsnummer" label="Fødselsnummer eller D-nummer" hint="11 siffer" state={form} inputmode="numeric" autocomplete="off" />
        {existingId && <p class="ds-paragraph"><a class="ds-link" href={`/personer/${existingId}`}>Gå til personen som allerede er registrert</a></p>}
        <InputField prefix="ny" name="bydel" label="Bydel" state={form} list="bydeler" />
        <datalist id="bydeler">{districts.map((d) => <option key={d} value={d} />)}</datalist>
        <div><button class="ds-button" data-variant="primary" type="submit">Registrer</button></div>
      </form>
    </Layout>
  );
}
