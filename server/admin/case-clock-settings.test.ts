import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../db/queries/settings.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { storedSettingsForm } from './test-helpers.ts';

describe.each(testDrivers)('Admin: the case clock settings on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'admin');
  const db = () => ctx.app.database.db;

  it('when the bofellesskap target and the warning days are set, then they are saved', async () => {
    const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), targetCaseDaysBofellesskap: '21', caseTargetWarnDays: '5', interimReplyWarnDays: '10' });
    expect(res.status).toBe(303);
    expect(await loadSettings(db())).toMatchObject({ targetCaseDaysBofellesskap: 21, caseTargetWarnDays: 5, interimReplyWarnDays: 10 });
  });

  it('when the bofellesskap target is negative or a warning is over 60 days, then 422 shows the message at the field and nothing is saved', async () => {
    const before = await loadSettings(db());
    const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), targetCaseDaysBofellesskap: '-1', interimReplyWarnDays: '61', caseTargetWarnDays: 'tre' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-targetCaseDaysBofellesskap"[^>]*aria-invalid="true"[^]*?Må være minst 0\./);
    expect(html).toMatch(/id="f-interimReplyWarnDays"[^>]*aria-invalid="true"[^]*?Kan være høyst 60\./);
    expect(html).toMatch(/id="f-caseTargetWarnDays"[^]*?Skriv et heltall\./);
    expect(await loadSettings(db())).toEqual(before);
  });
});
