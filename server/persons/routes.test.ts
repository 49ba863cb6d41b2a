import { describe, expect, it } from 'vitest';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { auditCount, auditOf, counts, freshFnr, HX, registerPerson } from './test-helpers.ts';

describe.each(testDrivers)('Personer on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');

  it('when a person is registered, then they are stored with an audit entry and the page opens', async () => {
    const fnr = freshFnr();
    const res = await ctx.client.post('/personer', { navn: 'Åse Ny', fodselsnummer: fnr.replace(/^(\d{6})/, '$1 '), bydel: 'Nord' });
    expect(res.status).toBe(303);
    const id = Number(/^\/personer\/(\d+)/.exec(res.headers.get('location')!)![1]);
    const audit = await auditOf(ctx.app.database.db, id);
    expect(audit.map((a) => a.action)).toEqual(['person.create']);
    expect(JSON.stringify(audit[0]!.after)).not.toContain(fnr);
  });

  it('when a person is registered, then the page that opens confirms it by name, and only right after', async () => {
    const res = await ctx.client.post('/personer', { navn: 'Bekreftet Berg', fodselsnummer: freshFnr(), bydel: 'Nord' });
    const page = await (await ctx.client.get(res.headers.get('location')!)).text();
    expect(page).toMatch(/<div class="ds-alert" data-color="success" data-announce="polite"[^>]*>Bekreftet Berg er registrert\.[^<]*<\/div>/);
    const id = /^\/personer\/(\d+)/.exec(res.headers.get('location')!)![1];
    expect(await (await ctx.client.get(`/personer/${id}`)).text()).not.toContain('Bekreftet Berg er registrert');
    expect(await (await ctx.client.get(`/personer/${id}?melding=<b>x</b>`)).text()).not.toContain('<b>x</b>');
  });

  it('when the fødselsnummer has a wrong check digit, then 422 says so at the field and nothing is saved', async () => {
    const fnr = freshFnr();
    const bad = fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10);
    const before = await counts(ctx.app.database.db);
    const res = await ctx.client.post('/personer', { navn: 'Feil Nummer', fodselsnummer: bad, bydel: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Fødselsnummeret har feil andre kontrollsiffer.');
    expect(html).toContain('Skriv bydelen.');
    expect(html).toContain('value="Feil Nummer"');
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when the fødselsnummer is already registered, then 422 links to the existing person', async () => {
    const fnr = freshFnr();
    await ctx.client.post('/personer', { navn: 'Først', fodselsnummer: fnr, bydel: 'Sør' });
    const before = await counts(ctx.app.database.db);
    const res = await ctx.client.post('/personer', { navn: 'Igjen', fodselsnummer: fnr, bydel: 'Sør' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Det finnes allerede en person med dette fødselsnummeret.');
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when searching by name or full fødselsnummer, then matches are listed with masked numbers', async () => {
    const fnr = freshFnr();
    await ctx.client.post('/personer', { navn: 'Sigrun Søkbar', fodselsnummer: fnr, bydel: 'Vest' });
    const byName = await (await ctx.client.get('/personer?q=s%C3%B8kbar')).text();
    expect(byName).toContain('Sigrun Søkbar');
    expect(byName).not.toContain(fnr);
    expect(byName).toContain(`••••••${fnr.slice(6, 9)}••`);
    const byFnr = await ctx.client.get(`/personer?q=${fnr}`, { 'hx-request': 'true' });
    const fragment = await byFnr.text();
    expect(fragment.startsWith('<div id="person-hits"')).toBe(true);
    expect(fragment).toContain('Sigrun Søkbar');
  });

  it('when the person page opens, then a person.view is logged in the same request and the viewer is listed', async () => {
    const id = await registerPerson(ctx.client, 'Vera Visning');
    const res = await ctx.client.get(`/personer/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Vera Visning');
    expect(html).toContain('Vis fødselsnummer');
    expect(html).toContain('Åpnet personsiden');
    expect(html).toContain('Kari Koordinator');
    const actions = (await auditOf(ctx.app.database.db, id)).map((a) => a.action);
    expect(actions).toEqual(['person.create', 'person.view']);
  });

  it('when the full fødselsnummer is asked for, then it is shown and the showing is logged', async () => {
    const fnr = freshFnr();
    const created = await ctx.client.post('/personer', { navn: 'Frida Fnr', fodselsnummer: fnr, bydel: 'Øst' });
    const id = Number(/^\/personer\/(\d+)/.exec(created.headers.get('location')!)![1]);
    expect(await (await ctx.client.get(`/personer/${id}`)).text()).not.toContain(fnr);
    const res = await ctx.client.post(`/personer/${id}/fodselsnummer`, {}, { headers: { 'hx-request': 'true' } });
    expect(await res.text()).toContain(fnr);
    expect((await auditOf(ctx.app.database.db, id)).at(-1)!.action).toBe('person.fnr-view');
  });

  it('when the person does not exist, then 404', async () => {
    expect((await ctx.client.get('/personer/999999')).status).toBe(404);
    expect((await ctx.client.get('/personer/abc')).status).toBe(404);
  });

  it('when the person id is not plain digits (15.0, 0x0f, 015) or beyond int4, then 404, not that person and not an error', async () => {
    const id = await registerPerson(ctx.client, 'Ida Id');
    for (const bad of [`${id}.0`, `0x${id.toString(16)}`, `0${id}`, `+${id}`, '99999999999', 'NaN']) {
      expect((await ctx.client.get(`/personer/${bad}`)).status, bad).toBe(404);
      expect((await ctx.client.post(`/personer/${bad}/dod`, {}, HX)).status, bad).toBe(404);
    }
    expect(await auditCount(ctx.app.database.db, id, 'person.view')).toBe(0);
  });

  it('when a name holds a NUL byte or another control character, then 422 says so at the field and nothing is saved', async () => {
    const before = await counts(ctx.app.database.db);
    for (const navn of ['Åse\u0000Ny', 'Åse\u0007Ny']) {
      const res = await ctx.client.post('/personer', { navn, fodselsnummer: freshFnr(), bydel: 'Nord' });
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/Teksten inneholder tegn som ikke er tillatt.*<input[^>]*name="bydel"/s);
    }
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when the form comes as JSON with an object or a list for the name, then 422 at the field, not an error', async () => {
    const before = await counts(ctx.app.database.db);
    for (const navn of [{ toString: 1 }, ['Åse', 'Ny'], 12]) {
      const res = await fetch(`${ctx.app.server.url}/personer`, {
        method: 'POST', redirect: 'manual', body: JSON.stringify({ navn, fodselsnummer: freshFnr(), bydel: 'Nord' }),
        headers: { cookie: ctx.client.cookie, 'x-csrf-token': ctx.client.csrfToken, 'content-type': 'application/json' },
      });
      expect(res.status, JSON.stringify(navn)).toBe(422);
      expect(await res.text()).toContain('Skriv navnet.');
    }
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when a form on the person page is refused, then the person view it shows is logged as person.view', async () => {
    const id = await registerPerson(ctx.client, 'Rita Refusert');
    const db = ctx.app.database.db;
    const fragment = await ctx.client.post(`/personer/${id}/dod`, {}, HX);
    expect(fragment.status).toBe(422);
    expect(await fragment.text()).toContain('Rita Refusert');
    expect(await auditCount(db, id, 'person.view')).toBe(1);
    const page = await ctx.client.post(`/personer/${id}/dod`, {});
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('Rita Refusert');
    expect(await auditCount(db, id, 'person.view')).toBe(2);
    const admitted = await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-20' }, HX);
    expect(admitted.status).toBe(200);
    expect(await auditCount(db, id, 'person.view')).toBe(3);
  });

  it('when an institution leader or the meeting room asks for persons, then access is refused', async () => {
    for (const username of ['leder', 'mote']) {
      const other = await loginAs(ctx.app.server.url, username);
      expect((await other.get('/personer?q=an')).status).toBe(403);
      expect((await other.post('/personer', { navn: 'X Y', fodselsnummer: freshFnr(), bydel: 'Nord' })).status).toBe(403);
    }
  });
});
