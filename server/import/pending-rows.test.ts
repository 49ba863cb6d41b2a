import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, auditLog, persons, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { counts, freshFnr } from '../persons/test-helpers.ts';
import { HEADER, row, uploadAs } from './test-helpers.ts';

/** A row with no decision: utfall, vedtaksdato, prioritet and begrunnelse empty. */
const pendingRow = (name: string, fnr: string, over: { mottatt?: string; type?: string; behov?: string } = {}) =>
  [name, fnr, 'Sentrum', over.mottatt ?? '05.11.2026', over.type ?? 'langtid', over.behov ?? '', '', '', '', '', ''].join(';');

describe.each(testDrivers)('Importing pending applications on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const upload = uploadAs(ctx);
  const db = () => ctx.app.database.db;
  const applicationsOf = async (fnr: string) => {
    const [person] = await db().select().from(persons).where(eq(persons.fnr, fnr));
    return db().select().from(applications).where(eq(applications.personId, person!.id));
  };

  it('when a row has no utfall and no vedtaksdato, then it is imported as a pending application, off the waiting list, and counted apart', async () => {
    const pendingFnr = freshFnr();
    const decidedFnr = freshFnr();
    const res = await upload([HEADER, pendingRow('Venter Svar', pendingFnr, { type: 'bofellesskap', behov: 'rop' }), row('Har Vedtak', decidedFnr)].join('\n'));
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain('1 vedtak og 1 søknad under behandling importert.');
    const [pending] = await applicationsOf(pendingFnr);
    expect(pending).toMatchObject({ outcome: null, decisionDate: null, receivedDate: '2026-11-05', kind: 'bofellesskap', requiredTags: ['rop'], appealRegime: 'lokal', handledBy: null, applicantLocation: null });
    expect(await db().select().from(waitlistEntries).where(eq(waitlistEntries.applicationId, pending!.id))).toEqual([]);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, 'application.register'), eq(auditLog.entityId, String(pending!.id))))).toHaveLength(1);
    expect(await (await ctx.client.get('/soknader')).text()).toContain('Venter Svar');
  });

  it('when the same file is imported again, then the pending row is a duplicate and nothing is added', async () => {
    const fnr = freshFnr();
    const file = [HEADER, pendingRow('To Ganger', fnr)].join('\n');
    expect((await upload(file)).status).toBe(200);
    const before = await counts(db());
    const again = await upload(file);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Ingen nye vedtak');
    expect(await counts(db())).toEqual(before);
    expect(await db().select().from(applications).where(isNull(applications.outcome))).not.toHaveLength(0);
  });

  it('when a pending row has a future date or needs that do not fit, or a row has an outcome but no date, then every problem is listed and nothing is saved', async () => {
    const before = await counts(db());
    const res = await upload([HEADER,
      pendingRow('Framtid Søker', freshFnr(), { mottatt: '24.11.2026' }),
      pendingRow('Feil Behov', freshFnr(), { type: 'bofellesskap' }),
      row('Uten Dato', freshFnr(), { vedtaksdato: '' }),
    ].join('\n'));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Rad 2, kolonne mottatt: Mottatt-datoen kan ikke være fram i tid.');
    expect(html).toContain('Rad 3, kolonne behov: Bofellesskap krever nøyaktig ett behov');
    expect(html).toContain('Rad 4, kolonne vedtaksdato: Skriv vedtaksdatoen.');
    expect(await counts(db())).toEqual(before);
  });
});
