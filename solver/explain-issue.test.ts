import { describe, expect, it } from 'vitest';
import { planSnapshot } from './plan';
import { snapshotOf, whysOf } from './testing/explain-fixtures';

// The three proposals of issue 12's opening that failed a coordinator's first look, as small
// snapshots: what the plan decides now, and that its whys say why in the coordinator's terms.

const korttid = (freeNow: number) => ({ id: 'BRE-K', name: 'Breidablikk helsehus, korttid', kind: 'korttid', freeNow });
const hospital = (date = '2026-12-01') => ({ type: 'hospital', dischargeReadyDate: date });

describe('issue 12, the opening cases', () => {
  it('when two priority-1 langtid patients lie in hospital and korttid beds are free, then each waits in korttid and the whys say where, until when and what it spares', async () => {
    const s = snapshotOf({
      format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 28,
      units: [korttid(4), { id: 'SOL-L', name: 'Solbakken sykehjem, langtid', kind: 'langtid', freeNow: 0, departures: [{ date: '2026-12-08', count: 1 }, { date: '2026-12-11', count: 1 }] }],
      applicants: [
        { id: 'P-1', kind: 'langtid', priority: 1, location: hospital(), interim: {} },
        { id: 'P-2', kind: 'langtid', priority: 1, location: hospital(), interim: {} },
      ],
    });
    const plan = await planSnapshot(s);
    expect(plan.interimStays?.map((x) => x.applicantId).sort()).toEqual(['P-1', 'P-2']);
    const w = whysOf(plan);
    const [first, second] = ['P-1', 'P-2'].sort((a, b) => (w.get(a)!.interim!.includes('til 08.12.2026') ? -1 : 1));
    expect(w.get(first!)!.interim).toMatch(/venter på egen plass på Breidablikk helsehus, korttid fra 01\.12\.2026 til 08\.12\.2026 i stedet for på sykehuset; sparer 7 overliggerdøgn \(41 867 kr\)/);
    expect(w.get(second!)!.interim).toMatch(/fra 01\.12\.2026 til 11\.12\.2026 i stedet for på sykehuset; sparer 10 overliggerdøgn \(59 810 kr\)/);
    expect(w.get(first!)!.final).toMatch(/får plass på Solbakken sykehjem, langtid 08\.12\.2026; venter fram til da på Breidablikk helsehus, korttid fra 01\.12\.2026/);
  });

  it('when the one skjermet place is free and a move could free a korttid bed, then the dementia patient gets it and the mover is told the unit is only for skjermet', async () => {
    const s = snapshotOf({
      format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 10,
      units: [
        korttid(0),
        { id: 'SOL-S', name: 'Solbakken skjermet', kind: 'langtid', tags: ['skjermet'], onlyFor: ['skjermet'], freeNow: 1 },
        { id: 'SOL-L', name: 'Solbakken langtid', kind: 'langtid', freeNow: 0, departures: [{ date: '2026-12-06', count: 1 }] },
      ],
      applicants: [
        { id: 'P-D', kind: 'langtid', requires: ['skjermet'], priority: 1, location: hospital() },
        { id: 'P-O', kind: 'langtid', priority: 2, location: { type: 'unit', unitId: 'BRE-K' } },
        { id: 'P-K', kind: 'korttid', priority: 1, location: hospital() },
      ],
    });
    const plan = await planSnapshot(s);
    const w = whysOf(plan);
    expect(plan.admissions.find((x) => x.applicantId === 'P-D')?.unitId).toBe('SOL-S');
    expect(w.get('P-D')!.final).toMatch(/^P-D får plass på Solbakken skjermet 01\.12\.2026; trenger skjermet; kommer rett fra sykehuset og sparer 10 overliggerdøgn/);
    expect(w.get('P-O')!.final).toMatch(/^P-O får plass på Solbakken langtid 06\.12\.2026 og flytter fra Breidablikk helsehus, korttid; sengen der går så til sykehuspasient P-K 07\.12\.2026/);
    expect(w.get('P-O')!.final).toMatch(/plassen på Solbakken skjermet 01\.12\.2026 er bare for dem som trenger skjermet/);
  });

  it('when a priority-1 person is past the guarantee and a priority-3 one is near its own, then v2 places the priority-1 person and says why; v1 placed the other and named the one it passed', async () => {
    const snapshot = (format: string) => snapshotOf({
      format, today: '2026-12-01', horizonDays: 5,
      units: [{ id: 'SOL-L', name: 'Solbakken sykehjem, langtid', kind: 'langtid', freeNow: 1 }],
      applicants: [
        { id: 'P-A', kind: 'langtid', priority: 1, guaranteeDate: '2026-11-21', location: { type: 'home' } },
        { id: 'P-B', kind: 'langtid', priority: 3, guaranteeDate: '2026-12-05', location: { type: 'home' } },
      ],
    });
    const v2 = whysOf(await planSnapshot(snapshot('plassplan.snapshot/2')));
    expect(v2.get('P-A')!.final).toMatch(/^P-A får plass på Solbakken sykehjem, langtid 01\.12\.2026; garantifristen gikk ut 21\.11\.2026/);
    expect(v2.get('P-B')!.unplaced).toMatch(/den ene passende plassen går til P-A \(prioritet 1, forbi garantifristen\); garantifristen 05\.12\.2026 blir ikke holdt/);
    const v1 = whysOf(await planSnapshot(snapshot('plassplan.snapshot/1')));
    expect(v1.get('P-B')!.final).toMatch(/har prioritet 3 og går foran P-A \(prioritet 1\), fordi garantifristen for P-B er 05\.12\.2026/);
    expect(v1.get('P-A')!.unplaced).toMatch(/P-B \(prioritet 3\) får plassen på Solbakken sykehjem, langtid 01\.12\.2026 foran P-A, fordi garantifristen for P-B er 05\.12\.2026/);
  });
});
