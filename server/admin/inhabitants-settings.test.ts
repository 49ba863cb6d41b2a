import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../db/queries/settings.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { storedSettingsForm } from './test-helpers.ts';

describe.each(testDrivers)('Admin: the inhabitants setting (Nøkkeltall) on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'admin');
  const db = () => ctx.app.database.db;

  it('when the settings page opens, then inhabitants is in the group «Mål» with the default 90 000', async () => {
    const html = await (await ctx.client.get('/admin/innstillinger')).text();
    expect(html).toMatch(/Mål[^]*?Innbyggere i kommunen[^]*?name="inhabitants" value="90000"/);
  });

  it('when inhabitants is set, then it is saved', async () => {
    const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), inhabitants: '104500' });
    expect(res.status).toBe(303);
    expect((await loadSettings(db())).inhabitants).toBe(104_500);
  });

  it('when inhabitants is 0 or not a whole number, then 422 shows the message at the field and nothing is saved', async () => {
    const before = await loadSettings(db());
    for (const value of ['0', '90 000,5']) {
      const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), inhabitants: value });
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/id="f-inhabitants"[^>]*aria-invalid="true"/);
    }
    expect(await loadSettings(db())).toEqual(before);
  });
});
