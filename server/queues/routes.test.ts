import { describe, expect, it } from 'vitest';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { loginAs } from '../../test/support/http.ts';

describe.each(testDrivers)('Ventelister on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');

  it('when nobody is logged in, then the page sends them to login', async () => {
    const res = await fetch(`${ctx.app.server.url}/ventelister`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/logg-inn?neste=%2Fventelister');
  });

  it('when the coordinator opens the langtid queue, then its people are listed with guarantee and masked fnr', async () => {
    const res = await ctx.client.get('/ventelister?ko=langtid');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Langtid:');
    expect(html).toMatch(/<td><a class="ds-link" href="\/personer\/\d+">[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]/); // a name in the first column, linked to the person
    expect(html).toContain('over</span>'); // some guarantees are already breached in the demo
    expect(html).toMatch(/••••••\d{3}••/);
    expect(html).not.toMatch(/<td class="mono">\d{11}<\/td>/);
  });

  it('when a hospital patient is past the discharge-ready date, then overliggerdøgn and NOK show', async () => {
    const html = await (await ctx.client.get('/ventelister?ko=korttid')).text();
    expect(html).toMatch(/Sykehus, utskrivningsklar/);
    expect(html).toMatch(/\d+ dag(er)? · [\d\s ]+kr/);
  });

  it('when htmx asks for a queue, then only the queue view comes back', async () => {
    const res = await ctx.client.get('/ventelister?ko=bofellesskap-rop', { 'hx-request': 'true' });
    const html = await res.text();
    expect(html.startsWith('<section id="queue-view"')).toBe(true);
    expect(html).not.toContain('<html');
    expect(html).toContain('Bofellesskap – ROP');
  });

  it('when the queue is unknown, then a clear Norwegian error says which ones exist', async () => {
    const res = await ctx.client.get('/ventelister?ko=hotell');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Ukjent kø «hotell»');
  });

  it('when the meeting viewer opens a queue, then names show without links to person pages they may not open', async () => {
    const viewer = await loginAs(ctx.app.server.url, 'mote');
    const html = await (await viewer.get('/ventelister?ko=langtid')).text();
    expect(html).toContain('Langtid:');
    expect(html).not.toContain('href="/personer/');
    expect(await (await ctx.client.get('/ventelister?ko=langtid')).text()).toContain('href="/personer/');
  });

  it('when an institution leader asks for the waiting lists, then access is refused', async () => {
    const leader = await loginAs(ctx.app.server.url, 'leder');
    expect((await leader.get('/ventelister')).status).toBe(403);
  });
});
