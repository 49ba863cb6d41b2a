import { eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { partnerLinks, persons, waitlistEntries } from '../../db/schema.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

describe.each(testDrivers)('A couple linked, planned and accepted together, in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the coordinator links a couple on the person page and plans, then they are proposed together and one «Godta begge» reserves both', async () => {
    const db = ctx.app.database.db;
    // The demo's couple: unlinked here first, so that the browser makes the link.
    const [link] = await db.select().from(partnerLinks).where(isNull(partnerLinks.endedAt));
    const people = await db.select({ entryId: waitlistEntries.id, personId: persons.id, name: persons.name, district: persons.district })
      .from(waitlistEntries).innerJoin(persons, eq(persons.id, waitlistEntries.personId)).where(inArray(waitlistEntries.id, [link!.entryA, link!.entryB]));
    const [a, b] = [people.find((p) => p.entryId === link!.entryA)!, people.find((p) => p.entryId === link!.entryB)!];

    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    // The empty link form is refused on purpose (422); any other error counts.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('status of 422')) errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/personer/${a.personId}`);
    await page.locator('summary', { hasText: 'Avslutt koblingen' }).click();
    await page.locator(`#partner-slutt-${a.entryId}-begrunnelse`).fill('Registrert på nytt i testen');
    await page.getByRole('button', { name: 'Avslutt koblingen' }).click();
    await page.locator('.ds-alert', { hasText: 'Koblingen er avsluttet.' }).waitFor();

    await page.locator('summary', { hasText: 'Knytt til en partner' }).click();
    await page.getByRole('button', { name: 'Lagre koblingen' }).click();
    await page.locator(`#partner-${a.entryId}-partner-feil`, { hasText: 'Velg personen hen ønsker å bo sammen med.' }).waitFor();
    await page.locator(`#partner-${a.entryId}-partner`).selectOption({ label: `${b.name}, bydel ${b.district}` });
    await page.locator(`#partner-${a.entryId}-begrunnelse`).fill('Ektefeller gjennom 58 år');
    await page.getByRole('button', { name: 'Lagre koblingen' }).click();
    await page.locator('.ds-alert', { hasText: 'Koblingen er lagret.' }).waitFor();
    expect(await page.locator('.partner-link').textContent()).toContain(`${a.name} ønsker å bo sammen med ${b.name}`);
    await page.locator('#partner-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/couple-person.png' });

    await page.getByRole('link', { name: 'Forslag' }).click();
    await page.getByRole('button', { name: 'Lag nye forslag' }).click();
    await page.locator('#proposals .proposal').first().waitFor({ timeout: 30_000 });
    const couple = page.locator('#proposals .proposal-couple').filter({ hasText: a.name });
    expect(await couple.count()).toBe(1);
    const head = (await couple.locator('.proposal-head').textContent())!;
    expect(head).toContain(`${a.name} og ${b.name}`);
    expect(head).toMatch(/– sammen på .+ \([A-Z]{3}-L\) fra \d\d\.\d\d\.\d{4}/);
    expect(await page.locator('#proposals .proposal', { hasText: b.name }).count()).toBe(1); // one row, not two
    await couple.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/couple-forslag.png' });

    await couple.getByRole('button', { name: 'Godta begge' }).click();
    await page.locator('#proposals .proposal-couple', { hasText: a.name }).locator('.ds-tag', { hasText: 'Godtatt – plass reservert for begge' }).waitFor();
    const statuses = await db.select({ status: waitlistEntries.status }).from(waitlistEntries).where(inArray(waitlistEntries.id, [a.entryId, b.entryId]));
    expect(statuses.map((s) => s.status)).toEqual(['reserved', 'reserved']);
    await page.goto(`${ctx.app.server.url}/forslag`);
    for (const name of [a.name, b.name]) expect(await page.locator('#reserved li', { hasText: name }).count()).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);
});
