import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../db/queries/settings.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { storedSettingsForm } from '../admin/test-helpers.ts';

describe.each(testDrivers)('Oppgaver thresholds in the settings on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'admin');
  const db = () => ctx.app.database.db;

  it.each([
    ['taskHospitalOpenDays', '0', 'Må være minst 1.'],
    ['taskReassessMonths', '121', 'Kan være høyst 120.'],
    ['taskGuaranteeWarnDays', '-1', 'Må være minst 0.'],
    ['taskGuaranteeWarnDaysKorttid', 'tre', 'Skriv et heltall.'],
  ])('when %s is set to %s, then 422 with «%s» at the field and nothing is saved', async (field, value, message) => {
    const before = await loadSettings(db());
    const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), [field]: value });
    const html = await res.text();
    expect(res.status).toBe(422);
    expect(html).toContain(`id="f-${field}-error"`);
    expect(html).toContain(message);
    expect(await loadSettings(db())).toEqual(before);
  });

  it('when the thresholds are changed within range, then they are saved', async () => {
    const res = await ctx.client.post('/admin/innstillinger', { ...(await storedSettingsForm(db())), taskHospitalOpenDays: '30', taskGuaranteeWarnDaysKorttid: '5' });
    expect(res.status).toBe(303);
    expect(await loadSettings(db())).toMatchObject({ taskHospitalOpenDays: 30, taskGuaranteeWarnDaysKorttid: 5 });
  });
});
