import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../db/queries/settings.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { storedSettingsForm } from './test-helpers.ts';

describe.each(testDrivers)('Admin: korttid and appeal thresholds on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'admin');
  const db = () => ctx.app.database.db;

  it('when the defaults are read, then the warning is at 50 days, the limit 60, reviews 7 days ahead and appeals sent within 30 days', async () => {
    expect(await loadSettings(db())).toMatchObject({ korttidWarnDays: 50, korttidLimitDays: 60, korttidReviewSoonDays: 7, appealForwardDays: 30 });
  });

  it('when the thresholds change, then they are saved', async () => {
    const res = await ctx.client.post('/admin/innstillinger', {
      ...(await storedSettingsForm(db())), korttidWarnDays: '45', korttidLimitDays: '60', korttidReviewSoonDays: '3', appealForwardDays: '21',
    });
    expect(res.status).toBe(303);
    expect(await loadSettings(db())).toMatchObject({ korttidWarnDays: 45, korttidReviewSoonDays: 3, appealForwardDays: 21 });
  });

  it('when the warning comes after the limit or a value is out of range, then 422 at the field and nothing is saved', async () => {
    const before = await loadSettings(db());
    const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), korttidWarnDays: '61', korttidLimitDays: '60', appealForwardDays: '0' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-korttidWarnDays"[^>]*aria-invalid="true"[^]*?Varselet må komme før grensen/);
    expect(html).toMatch(/id="f-appealForwardDays"[^>]*aria-invalid="true"[^]*?Må være minst 1\./);
    expect(await loadSettings(db())).toEqual(before);
  });
});
