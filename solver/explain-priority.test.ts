import { describe, expect, it } from 'vitest';
import { handPlan, home, hospital, snapshotOf, units, whysOf, type HandAdmission, type Json } from './testing/explain-fixtures';

// One lower-priority person L gets SOL-L on 01.12.2026 while higher-priority H still waits;
// each case changes one thing about H, L or the units, and the why must give that reason.


function whyOfL(o: { h?: Json; l?: Json; units?: Json[]; more?: Json[]; finals?: HandAdmission[]; interim?: HandAdmission[] }): string {
  const s = snapshotOf({
    format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 10,
    units: o.units ?? units,
    applicants: [
      { id: 'V-1', kind: 'langtid', priority: 1, location: home, ...o.h },
      { id: 'V-3', kind: 'langtid', priority: 3, location: home, ...o.l },
      ...(o.more ?? []),
    ],
  });
  return whysOf(handPlan(s, [['V-3', 'SOL-L', '2026-12-01'], ...(o.finals ?? [])], o.interim)).get('V-3')!.final!;
}

const ahead = (reason: string) => new RegExp(`har prioritet 3 og går foran V-1 \\(prioritet 1\\)${reason}`);

describe('a lower-priority person placed while a higher-priority one waits', () => {
  it('when the higher-priority person needs a tag the unit lacks, then the why says which', () => {
    expect(whyOfL({ h: { requires: ['rop'] } })).toMatch(ahead(', som trenger rop, noe Solbakken langtid ikke har'));
  });

  it('when the unit is only for a need the higher-priority person lacks, then the why says the unit is only for that need', () => {
    const locked = [{ ...units[0], tags: ['skjermet'], onlyFor: ['skjermet'] }, ...units.slice(1)];
    expect(whyOfL({ units: locked, l: { requires: ['skjermet'] } })).toMatch(ahead(', men Solbakken langtid er bare for dem som trenger skjermet'));
  });

  it('when the higher-priority person excludes the unit or lives there, then the why says so', () => {
    expect(whyOfL({ h: { excludedUnits: ['SOL-L'] } })).toMatch(ahead(', som ikke skal ha plass på Solbakken langtid'));
    expect(whyOfL({ h: { location: { type: 'unit', unitId: 'SOL-L' } } })).toMatch(ahead(', som allerede bor på Solbakken langtid'));
  });

  it('when the higher-priority person is not ready yet, then the why gives the date', () => {
    expect(whyOfL({ h: { earliestDate: '2026-12-05' } })).toMatch(ahead(', som ikke er klar før 05\\.12\\.2026'));
  });

  it('when the higher-priority person must move in with a partner, then the why names the partner', () => {
    const partner = { id: 'V-2', kind: 'langtid', priority: 2, location: home, partnerId: 'V-1' };
    expect(whyOfL({ h: { partnerId: 'V-2' }, more: [partner] })).toMatch(ahead(', som skal flytte inn sammen med V-2 og venter på to ledige plasser samme dag'));
  });

  it('when the lower-priority person is past the guarantee, then the why says so', () => {
    expect(whyOfL({ l: { guaranteeDate: '2026-11-20' } })).toMatch(ahead(', fordi V-3 allerede er forbi garantifristen'));
  });

  it('when the move frees a korttid bed for a hospital patient, then the why names the patient and the overliggerdøgn saved', () => {
    const patient = { id: 'V-9', kind: 'korttid', priority: 1, location: hospital };
    const why = whyOfL({ l: { location: { type: 'unit', unitId: 'BRE-K' } }, more: [patient], finals: [['V-9', 'BRE-K', '2026-12-02']] });
    expect(why).toMatch(ahead(', fordi flyttingen frigjør en seng for sykehuspasient V-9, som sparer 9 overliggerdøgn \\(53 829 kr\\)'));
    expect(why).not.toMatch(/sengen der går så til/); // said once
  });

  it('when the lower-priority person lies in hospital and the other waits at home, then the why says so', () => {
    expect(whyOfL({ l: { location: hospital } })).toMatch(ahead(', fordi V-3 ligger på sykehus og V-1 venter hjemme'));
  });

  it('when the lower-priority person would otherwise breach a near guarantee, then the why gives the deadline', () => {
    expect(whyOfL({ l: { guaranteeDate: '2026-12-03' } })).toMatch(ahead(', fordi garantifristen for V-3 er 03\\.12\\.2026'));
  });

  it('when the higher-priority person waits in an interim korttid bed, then the why says where', () => {
    const h = { location: hospital, interim: {} };
    const l = { location: hospital };
    const freeK = [units[0], units[1], { ...units[2], freeNow: 1 }];
    expect(whyOfL({ h, l, units: freeK, interim: [['V-1', 'BRE-K', '2026-12-01']] })).toMatch(ahead(', fordi V-3 ligger på sykehus og V-1 venter på Breidablikk korttid'));
  });

  it('when the higher-priority person prefers another unit, then the why says so', () => {
    expect(whyOfL({ h: { preferredUnits: ['FJE-L'] } })).toMatch(ahead(', som ønsker en annen enhet'));
  });

  it('when nothing else decides and the higher-priority person gets a place later, then the why says when and where', () => {
    expect(whyOfL({ finals: [['V-1', 'FJE-L', '2026-12-04']] })).toMatch(ahead(', som får plass 04\\.12\\.2026 på Fjellvang langtid'));
  });

  it('when several higher-priority people wait, then the one who could have taken the place is named', () => {
    const unfit = { id: 'V-0', kind: 'langtid', priority: 1, requires: ['rop'], location: home };
    expect(whyOfL({ h: { location: home }, l: { location: hospital }, more: [unfit] })).toMatch(ahead(', fordi V-3 ligger på sykehus'));
  });

  it('when a lower-priority person takes a korttid bed for an interim stay, then the why names the higher-priority korttid person who waits', () => {
    const s = snapshotOf({
      format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 10,
      units: [{ ...units[2], freeNow: 1 }, units[0]],
      applicants: [
        { id: 'V-1', kind: 'korttid', priority: 1, location: home },
        { id: 'V-3', kind: 'langtid', priority: 3, location: hospital, interim: {} },
      ],
    });
    const stay: HandAdmission[] = [['V-3', 'BRE-K', '2026-12-01']];
    const alone = whysOf(handPlan(s, [['V-3', 'SOL-L', '2026-12-05']], stay)).get('V-3')!.interim!;
    expect(alone).toMatch(/^V-3 venter på egen plass på Breidablikk korttid fra 01\.12\.2026 til 05\.12\.2026 i stedet for på sykehuset/);
    expect(alone).toMatch(/har prioritet 3 og går foran V-1 \(prioritet 1\), fordi V-3 ligger på sykehus og V-1 venter hjemme/);
    const after = whysOf(handPlan(s, [['V-3', 'SOL-L', '2026-12-05'], ['V-1', 'BRE-K', '2026-12-06']], stay)).get('V-3')!.interim!;
    expect(after).toMatch(/deretter går sengen til V-1 06\.12\.2026/);
    expect(after).not.toMatch(/går foran/); // V-1 is named once, as the one who gets the bed
  });

  it('when nobody of higher priority waits, then the why names nobody else', () => {
    expect(whyOfL({ finals: [['V-1', 'FJE-L', '2026-12-01']], units: [units[0], { ...units[1], freeNow: 1 }] })).not.toMatch(/går foran/);
  });
});
