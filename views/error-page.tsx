import type { SessionUser } from '../db/queries/users.ts';
import { Layout } from './layout.tsx';

export function ErrorPage({ title, message, user }: { title: string; message: string; user?: SessionUser }) {
  return (
    <Layout title={title} user={user}>
      <div class="ds-alert" data-color="danger" role="alert">
        <h1 class="ds-heading" data-size="sm">{title}</h1>
        <p class="ds-paragraph">{message}</p>
      </div>
      <p class="ds-paragraph"><a class="ds-link" href="/">Til forsiden</a></p>
    </Layout>
  );
}
