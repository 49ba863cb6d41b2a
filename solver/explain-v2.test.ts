import { describe, expect, it } from 'vitest';
import { planSnapshot } from './plan';
import { example, handPlan, whysOf, type HandAdmission } from './testing/explain-fixtures';

const planned = async (name: string) => whysOf(await planSnapshot(example('v2', name)));

describe('explanations of the v2 examples, planned', () => {
  it('when a hospital patient waits in a korttid bed, then both whys say where and until when, and who gets the bed after', async () => {
    const w = (await planned('interim-from-hospital')).get('P-3001')!;
    expect(w.interim).toMatch(/^P-3001 venter på egen plass på Breidablikk helsehus, korttid fra 01\.12\.2026 til 03\.12\.2026 i stedet for på sykehuset; sparer 2 overliggerdøgn \(11 962 kr\)/);
    expect(w.interim).toMatch(/deretter går sengen til sykehuspasient P-3002 04\.12\.2026/);
    expect(w.final).toMatch(/^P-3001 får plass på Solbakken sykehjem, langtid 03\.12\.2026; venter fram til da på Breidablikk helsehus, korttid fra 01\.12\.2026, og sengen der går så til sykehuspasient P-3002/);
  });

  it('when the patient after gets the freed korttid bed, then its why names the person who moves on', async () => {
    expect((await planned('interim-from-hospital')).get('P-3002')!.final).toMatch(/plassen blir ledig når P-3001 flytter videre til egen plass/);
  });

  it('when the interim stay needs a tag, then the why says the need and so why the free bed elsewhere was not used', async () => {
    expect((await planned('interim-needs-tag')).get('P-3501')!.interim).toMatch(/Breidablikk helsehus, rehabilitering fra 02\.12\.2026 .*trenger rehabilitering i mellomtiden/);
  });

  it('when a locked unit takes a lower-priority person, then the why says the unit is only for that need', async () => {
    const w = await planned('only-for-skjermet');
    expect(w.get('P-3101')!.final).toMatch(/trenger skjermet; har prioritet 3 og går foran P-3102 \(prioritet 1\), men Solbakken sykehjem, skjermet avdeling er bare for dem som trenger skjermet/);
  });

  it('when partners wait for two places, then their whys say they move in together and why they wait', async () => {
    const w = await planned('couple-together');
    expect(w.get('P-3301')!.final).toMatch(/sammen med P-3302; venter til Solbakken sykehjem, langtid 2 har to ledige plasser samme dag/);
    expect(w.get('P-3303')!.final).toMatch(/har prioritet 3 og går foran P-3301 \(prioritet 2\), som skal flytte inn sammen med P-3302 og venter på to ledige plasser samme dag/);
  });

  it('when one partner occupies a korttid bed, then the move names the couple and who gets the bed', async () => {
    const why = (await planned('partners-with-occupant')).get('P-3701')!.final!;
    expect(why).toMatch(/sammen med P-3702 og flytter fra Breidablikk helsehus, korttid; venter til Solbakken sykehjem, langtid har to ledige plasser samme dag/);
    expect(why).toMatch(/sengen der går så til sykehuspasient P-3703 04\.12\.2026/);
  });

  it('when a booking holds the place, then the why of the person who waits names the booking', async () => {
    expect((await planned('booking-respite')).get('P-3202')!.final).toMatch(/07\.12\.2026; plassen er holdt av til avlastning 04\.12\.–07\.12\.2026/);
  });

  it('when a move frees a bed for a booking, then the why says so and who can take the free place instead', async () => {
    const w = await planned('booking-and-chain');
    expect(w.get('P-3601')!.final).toMatch(/sengen der holdes så av til avlastning 02\.12\.–05\.12\.2026, så sykehuspasient P-3602 kan få plass 01\.12\.2026/);
    expect(w.get('P-3603')!.final).toMatch(/plassen er holdt av til avlastning 02\.12\.–05\.12\.2026/);
  });

  it('when the priority-1 person past the guarantee gets the one place, then both whys say so', async () => {
    const w = await planned('tail-days-fairness');
    expect(w.get('P-3401')!.final).toMatch(/garantifristen gikk ut 21\.11\.2026/);
    expect(w.get('P-3402')!.unplaced).toMatch(/den ene passende plassen går til P-3401 \(prioritet 1, forbi garantifristen\); garantifristen 05\.12\.2026 blir ikke holdt/);
  });
});

describe('explanations of hand-written v2 plans', () => {
  it('when a partner couple gets no place, then the why says they must move in together', () => {
    const s = example('v2', 'couple-together');
    const w = whysOf(handPlan(s, [['P-3303', 'SOL-L2', '2026-12-03']])).get('P-3301')!;
    expect(w.unplaced).toMatch(/^P-3301 skal flytte inn sammen med P-3302 og får ingen plass i perioden; de trenger to ledige plasser samme dag/);
  });

  it('when an interim guest gets no own place, then the unplaced why says where it waits', () => {
    const s = example('v2', 'interim-from-hospital');
    const interim: HandAdmission[] = [['P-3001', 'BRE-K', '2026-12-01']];
    const w = whysOf(handPlan(s, [], interim)).get('P-3001')!;
    expect(w.unplaced).toMatch(/venter på egen plass på Breidablikk helsehus, korttid fra 01\.12\.2026/);
    expect(w.interim).toMatch(/^P-3001 venter på egen plass på Breidablikk helsehus, korttid fra 01\.12\.2026 ut planperioden i stedet for på sykehuset; sparer 5 overliggerdøgn/);
  });
});
