import type { Request, Response } from 'express';
import { listOverliggerRates, setOverliggerRate, updateSettings } from '../../db/queries/settings-admin.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import { SettingsPage, type SettingsPageProps } from '../../views/admin/settings-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors } from '../forms.ts';
import { rateForm, settingsForm } from './forms.ts';

const NOTICES: Record<string, string> = {
  lagret: 'Innstillingene er lagret.',
  uendret: 'Ingen endringer å lagre.',
  sats: 'Satsen er lagret.',
};

type Extra = Partial<Pick<SettingsPageProps, 'values' | 'errors' | 'rateValues' | 'rateErrors'>>;

export function settingsRoutes(routes: RouteTable, deps: AppDeps): void {
  const page = async (req: Request, res: Response, extra: Extra = {}, status = 200) => {
    const [{ id: _id, updatedAt: _at, ...stored }, rates] = await Promise.all([loadSettings(deps.db), listOverliggerRates(deps.db)]);
    sendPage(res, <SettingsPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)}
      values={stored} rates={rates} notice={status === 200 ? NOTICES[String(req.query.melding)] : undefined} {...extra} />, status);
  };

  routes.get('/admin/innstillinger', ['admin'], (req, res) => page(req, res));

  routes.post('/admin/innstillinger', ['admin'], async (req, res) => {
    const form = settingsForm.safeParse(req.body ?? {});
    if (!form.success) return page(req, res, { values: textValues(req.body), errors: fieldErrors(form.error) }, 422);
    const changed = await updateSettings(deps.db, form.data, req.user!.id, deps.now());
    res.redirect(303, `/admin/innstillinger?melding=${changed.length ? 'lagret' : 'uendret'}`);
  });

  routes.post('/admin/innstillinger/overliggerdogn', ['admin'], async (req, res) => {
    const form = rateForm.safeParse(req.body ?? {});
    if (!form.success) return page(req, res, { rateValues: textValues(req.body), rateErrors: fieldErrors(form.error) }, 422);
    await setOverliggerRate(deps.db, { year: form.data.aar, nokPerDay: form.data.sats }, req.user!.id);
    res.redirect(303, '/admin/innstillinger?melding=sats');
  });
}

/** The submitted text fields as typed (and nothing else), to show a refused form again. */
function textValues(body: unknown): Record<string, string> {
  const entries = Object.entries((body ?? {}) as Record<string, unknown>).filter(([k, v]) => k !== '_csrf' && typeof v === 'string');
  return Object.fromEntries(entries) as Record<string, string>;
}
