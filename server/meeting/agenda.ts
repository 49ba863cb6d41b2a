/** The meeting's watch list (places, guarantees, hospital patients) and the vedtak since the last meeting, labelled for the display. */
import type { Db } from '../../db/client.ts';
import { addDays, osloToday } from '../../db/dates.ts';
import { loadUnitCapacity, type UnitCapacity } from '../../db/queries/capacity.ts';
import { type AgendaPerson, listGuaranteeWatch, listHospitalPatients, listVedtakSince } from '../../db/queries/meeting-agenda.ts';
import { type Meeting, previousMeeting } from '../../db/queries/meetings.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import type { LabelledPerson, PlaceLine, VedtakLine, Watch } from '../../views/meeting/meeting-types.ts';
import { type NameMode, personLabel } from './people.ts';

/** Guarantee dates this many days ahead are shown with those already passed. */
export const GUARANTEE_WATCH_DAYS = 14;

/** Swaps name and fnr for a label: the view never gets the fnr. */
export function labelled<T extends AgendaPerson>(item: T, mode: NameMode): Omit<T, 'name' | 'fnr'> & LabelledPerson {
  const { name, fnr, ...rest } = item;
  return { ...rest, label: personLabel({ name, fnr }, mode) };
}

export async function loadWatch(db: Db, weekStart: string, now: Date, mode: NameMode): Promise<Watch> {
  const today = osloToday(now);
  const settings = await loadSettings(db);
  const [capacity, guarantee, hospital] = await Promise.all([
    loadUnitCapacity(db, now, settings.reportStaleHour),
    listGuaranteeWatch(db, today, GUARANTEE_WATCH_DAYS),
    listHospitalPatients(db, today),
  ]);
  return {
    today,
    places: capacity.map((unit) => placeLine(unit, addDays(weekStart, 6))),
    guarantee: guarantee.map((g) => labelled(g, mode)),
    hospital: hospital.map((h) => labelled(h, mode)),
  };
}

function placeLine(unit: UnitCapacity, weekEnd: string): PlaceLine {
  const departures = unit.departures.filter((d) => d.date <= weekEnd);
  return {
    unitId: unit.unitId, name: unit.name, code: unit.code, kind: unit.kind, freeNow: unit.freeNow,
    expectedInWeek: departures.reduce((sum, d) => sum + d.count, 0), departures,
    reportedAt: unit.reportedAt, stale: unit.stale, closed: unit.closed, closedReason: unit.closedReason,
  };
}

/**
 * Vedtak made after the previous meeting's day (its week's Monday or the day it was
 * held, whichever is later) up to today; with no earlier meeting, the week before this one.
 */
export async function loadVedtakSince(db: Db, meeting: Meeting, now: Date, mode: NameMode): Promise<{ since: string; lines: VedtakLine[] }> {
  const previous = await previousMeeting(db, meeting);
  const heldDay = previous && osloToday(previous.heldAt);
  const since = previous ? (heldDay! > previous.weekStart ? heldDay! : previous.weekStart) : addDays(meeting.weekStart, -7);
  const lines = await listVedtakSince(db, since, osloToday(now));
  return { since, lines: lines.map((v) => labelled(v, mode)) };
}
