/** /nokkeltall: the office's key figures for a month, tertial or year, against the period before. */
import type { SessionUser } from '../../db/queries/users.ts';
import { Layout, type NavId } from '../layout.tsx';
import { FigureContent } from './figure-content.tsx';
import type { FigureContentProps } from './figure-types.ts';

export interface FiguresPageProps extends FigureContentProps {
  user: SessionUser;
  csrfToken?: string;
  available: readonly NavId[];
  /** The year the Årsrapport link opens. */
  reportYear: number;
}

export function FiguresPage({ user, csrfToken, available, reportYear, ...content }: FiguresPageProps) {
  return (
    <Layout title="Nøkkeltall" user={user} csrfToken={csrfToken} active="nokkeltall" available={available}>
      <link rel="stylesheet" href="/static/figures.css" />
      <div class="figures-page">
        <header class="figures-header">
          <h1 class="ds-heading" data-size="lg">Nøkkeltall</h1>
          <a class="ds-link no-print" href={`/nokkeltall/arsrapport?ar=${reportYear}`}>{`Årsrapport ${reportYear}`}</a>
        </header>
        <FigureContent {...content} />
      </div>
    </Layout>
  );
}
