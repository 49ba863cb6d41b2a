/**
 * A few fixed cases for Oppgaver, so a coordinator's morning in the demo shows more than
 * guarantees and reports: a discharge-ready patient with no application yet, a hospital
 * stay left open for months, and a waiting person registered a second time with a middle
 * name. Only persons and hospital stays: nothing here waits, so places and plans are as before.
 */
import { addDays, osloInstant } from '../dates.ts';
import { birthDateOf, syntheticFnr } from '../fnr.ts';
import type { PlannedCase, PlannedHospitalStay, PlannedPerson } from './plan-types.ts';

export interface PlannedTaskCases { persons: PlannedPerson[]; hospitalStays: PlannedHospitalStay[] }

/** The cases, with person indexes after `persons` (the demo's own). */
export function planTaskCases(today: string, persons: readonly PlannedPerson[], cases: readonly PlannedCase[]): PlannedTaskCases {
  const used = new Set(persons.map((p) => p.fnr));
  const fnrFor = (birth: { year: number; month: number; day: number }, male: boolean) => {
    // 1900s births: individual numbers 000–499, odd for men; search downwards from the top of that range.
    for (let individual = male ? 499 : 498; individual >= 0; individual -= 2) {
      const fnr = syntheticFnr(birth, individual);
      if (fnr && !used.has(fnr)) { used.add(fnr); return fnr; }
    }
    throw new Error('demo: no free synthetic fødselsnummer');
  };
  const year = Number(today.slice(0, 4));
  const out: PlannedTaskCases = { persons: [], hospitalStays: [] };
  const add = (person: PlannedPerson) => persons.length + out.persons.push(person) - 1;

  const patient = add({ name: 'Torbjørg Helland', fnr: fnrFor({ year: year - 86, month: 4, day: 17 }, false), district: 'Haugland' });
  out.hospitalStays.push({ person: patient, admittedDate: addDays(today, -6), dischargeReadyDate: addDays(today, -1), notifiedAt: osloInstant(addDays(today, -1), 9, 40) });
  const forgotten = add({ name: 'Håkon Brekke', fnr: fnrFor({ year: year - 79, month: 9, day: 3 }, true), district: 'Nordvik' });
  out.hospitalStays.push({ person: forgotten, admittedDate: addDays(today, -75), dischargeReadyDate: null, notifiedAt: null });

  // The first langtid waiter, registered again with a middle name and a new number for the same birth date.
  const original = persons[cases.find((c) => c.queue === 'langtid' && c.entry?.status === 'waiting')!.person]!;
  const male = Number(original.fnr[8]) % 2 === 1;
  const [first, ...rest] = original.name.split(' ');
  add({ name: [first, male ? 'Johan' : 'Marie', ...rest].join(' '), fnr: fnrFor(birthDateOf(original.fnr), male), district: original.district });
  return out;
}
