import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { SessionUser } from '../db/queries/users.ts';
import { NavBadgesContext } from './nav-badges.ts';
import { TaskNavLink } from './tasks/task-badge.tsx';

/** The areas of the app; those not built yet are shown but not linked. */
const NAV = [
  { id: 'oppgaver', label: 'Oppgaver', href: '/oppgaver' },
  { id: 'enheter', label: 'Meld plasser', href: '/enheter' },
  { id: 'ventelister', label: 'Ventelister', href: '/ventelister' },
  { id: 'personer', label: 'Personer', href: '/personer' },
  { id: 'plasser', label: 'Plasser', href: '/plasser' },
  { id: 'forslag', label: 'Forslag', href: '/forslag' },
  { id: 'mote', label: 'Tildelingsmøte', href: '/tildelingsmote' },
  { id: 'nokkeltall', label: 'Nøkkeltall', href: '/nokkeltall' },
  { id: 'admin', label: 'Administrasjon', href: '/admin' },
] as const;

/** Areas not built yet, shown as «coming» to the office's own roles (not to institution leaders). */
const COMING: readonly string[] = [];

/**
 * htmx settings: no injected <style> (the CSP refuses it; indicator styles live in app.css),
 * no copying of `style` attributes when settling a swap (htmx would `setAttribute('style', …)`
 * from the old element, e.g. a resized textarea, which the CSP refuses too), no eval, and validation (422) and conflict (409) answers are swapped in like successes,
 * so the form comes back with its messages.
 */
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  attributesToSettle: ['class', 'width', 'height'],
  allowEval: false,
  responseHandling: [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '(400|403|404|409|422)', swap: true, error: false },
    { code: '[45]..', swap: false, error: true },
  ],
});

export type NavId = (typeof NAV)[number]['id'];

const ROLE_LABEL = { admin: 'Administrator', koordinator: 'Koordinator', institusjonsleder: 'Institusjonsleder', mote: 'Tildelingsmøte', kontorleder: 'Leder for kontoret' };

export interface LayoutProps {
  title: string;
  user?: SessionUser;
  csrfToken?: string;
  active?: NavId;
  /** Areas whose pages exist for this user; others are shown as coming. */
  available?: readonly NavId[];
  children: ComponentChildren;
}

export function Layout({ title, user, csrfToken, active, available = [], children }: LayoutProps) {
  const hxHeaders = csrfToken ? JSON.stringify({ 'X-CSRF-Token': csrfToken }) : undefined;
  return (
    <html lang="nb" data-color-scheme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* htmx would inject a <style> tag, which the CSP refuses: its indicator styles live in app.css */}
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{`${title} – Plassplan`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/designsystemet-theme.css" />
        <link rel="stylesheet" href="/static/designsystemet.css" />
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer></script>
        <script src="/static/swap-focus.js" defer></script>
        <script src="/static/vedtak-interim.js" defer></script>
      </head>
      <body hx-headers={hxHeaders}>
        <a class="ds-skip-link" href="#innhold">Hopp til innhold</a>
        <header class="app-header">
          <a class="app-brand" href="/">Plassplan</a>
          {user && <MainNav active={active} available={available} />}
          {user && <UserBox user={user} csrfToken={csrfToken} />}
        </header>
        <main id="innhold" class="app-main">{children}</main>
        <LiveRegions />
      </body>
    </html>
  );
}

/** The page's two live regions: static/swap-focus.js copies htmx results (polite) and errors (assertive) into them. */
function LiveRegions() {
  return (
    <>
      <div id="live-status" class="ds-sr-only" role="status" aria-live="polite"></div>
      <div id="live-alert" class="ds-sr-only" role="alert"></div>
    </>
  );
}

function MainNav({ active, available }: { active?: NavId; available: readonly NavId[] }) {
  const badges = useContext(NavBadgesContext);
  return (
    <nav aria-label="Hovedmeny" class="app-nav">
      <ul>
        {NAV.filter((item) => available.includes(item.id) || (COMING.includes(item.id) && !available.includes('enheter'))).map((item) => (
          <li key={item.id}>
            {item.id === 'oppgaver' && available.includes(item.id) ? <TaskNavLink count={badges.oppgaver} current={active === 'oppgaver'} />
              : available.includes(item.id)
              ? <a href={item.href} aria-current={item.id === active ? 'page' : undefined}>{item.label}</a>
              : <span class="app-nav-coming" title="Kommer">{item.label}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserBox({ user, csrfToken }: { user: SessionUser; csrfToken?: string }) {
  return (
    <form method="post" action="/logg-ut" class="app-user">
      <span>{user.displayName} <small>({ROLE_LABEL[user.role]})</small></span>
      <input type="hidden" name="_csrf" value={csrfToken} />
      <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">Logg ut</button>
    </form>
  );
}
