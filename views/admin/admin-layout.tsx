/** The admin area: the app's layout with the admin's own tabs (Brukere, Innstillinger, Logg). */
import type { ComponentChildren } from 'preact';
import type { SessionUser } from '../../db/queries/users.ts';
import { Layout, type NavId } from '../layout.tsx';

export const ADMIN_SECTIONS = [
  { id: 'brukere', label: 'Brukere', href: '/admin/brukere', about: 'Opprett brukere, gi roller og enheter, nullstill passord og deaktiver.' },
  { id: 'enheter', label: 'Enheter', href: '/admin/enheter', about: 'Hva hver enhet tilbyr, og hvilke enheter som bare er for et bestemt behov («kun for»).' },
  { id: 'innstillinger', label: 'Innstillinger', href: '/admin/innstillinger', about: 'Garantitid, overliggerdøgnsats, vekting i planleggingen, mål, rapportfrist og tidsavbrudd for økter.' },
  { id: 'logg', label: 'Logg', href: '/admin/logg', about: 'Hvem har gjort hva og sett hvem: endringer og oppslag, med filter.' },
] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number]['id'];

/** What every admin page gets from its route. */
export interface AdminPageBase {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
}

export interface AdminLayoutProps extends AdminPageBase {
  title: string;
  section?: AdminSection;
  /** A short confirmation after a saved change, e.g. «Brukeren er opprettet.» */
  notice?: string;
  children: ComponentChildren;
}

export function AdminLayout({ title, section, notice, children, ...base }: AdminLayoutProps) {
  return (
    <Layout title={title} user={base.user} csrfToken={base.csrfToken} active="admin" available={base.available}>
      <nav aria-label="Administrasjon" class="queue-tabs">
        {ADMIN_SECTIONS.map((s) => (
          <a key={s.id} class="ds-button" data-size="sm" data-variant={s.id === section ? 'primary' : 'secondary'}
            href={s.href} aria-current={s.id === section ? 'page' : undefined}>{s.label}</a>
        ))}
      </nav>
      {notice && <div class="ds-alert" data-color="success" role="status">{notice}</div>}
      {children}
    </Layout>
  );
}

export function AdminHomePage(base: AdminPageBase) {
  return (
    <AdminLayout title="Administrasjon" {...base}>
      <h1 class="ds-heading" data-size="lg">Administrasjon</h1>
      <div class="card-grid">
        {ADMIN_SECTIONS.map((s) => (
          <section key={s.id} class="ds-card">
            <h2 class="ds-heading" data-size="xs"><a class="ds-link" href={s.href}>{s.label}</a></h2>
            <p class="ds-paragraph">{s.about}</p>
          </section>
        ))}
      </div>
    </AdminLayout>
  );
}
