import { Layout } from '../layout.tsx';

export interface LoginPageProps {
  username?: string;
  error?: string;
  next?: string;
  /** The pre-session token, sent back as `_csrf`. */
  csrfToken: string;
}

export function LoginPage({ username = '', error, next, csrfToken }: LoginPageProps) {
  return (
    <Layout title="Logg inn">
      <div class="ds-card login-card">
        <h1 class="ds-heading" data-size="md">Logg inn</h1>
        {error && <div class="ds-alert" data-color="danger" role="alert">{error}</div>}
        <form method="post" action="/logg-inn" class="form-stack">
          <input type="hidden" name="_csrf" value={csrfToken} />
          {next && <input type="hidden" name="neste" value={next} />}
          <div class="ds-field">
            <label class="ds-label" for="brukernavn">Brukernavn</label>
            <input class="ds-input" id="brukernavn" name="brukernavn" autocomplete="username" value={username} required />
          </div>
          <div class="ds-field">
            <label class="ds-label" for="passord">Passord</label>
            <input class="ds-input" id="passord" name="passord" type="password" autocomplete="current-password" required />
          </div>
          <button type="submit" class="ds-button" data-variant="primary">Logg inn</button>
        </form>
      </div>
    </Layout>
  );
}
