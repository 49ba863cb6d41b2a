import type { SessionUser } from '../db/queries/users.ts';
import { Layout, type NavId } from './layout.tsx';

export interface ErrorPageProps {
  title: string;
  message: string;
  user?: SessionUser;
  csrfToken?: string;
  /** The user's areas, so the navigation is there to go on from. */
  available?: readonly NavId[];
  /** A way back nearer than the start page, e.g. the list the missing item belongs to. */
  back?: { href: string; label: string };
}

export function ErrorPage({ title, message, user, csrfToken, available, back }: ErrorPageProps) {
  return (
    <Layout title={title} user={user} csrfToken={csrfToken} available={available}>
      <div class="ds-alert" data-color="danger" role="alert">
        <h1 class="ds-heading" data-size="sm">{title}</h1>
        <p class="ds-paragraph">{message}</p>
      </div>
      <p class="ds-paragraph">
        {back && <><a class="ds-link" href={back.href}>{back.label}</a> · </>}
        <a class="ds-link" href="/">Til forsiden</a>
      </p>
    </Layout>
  );
}
