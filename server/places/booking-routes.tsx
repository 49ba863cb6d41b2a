/**
 * Booked stays (avlastning) on a korttid unit: the coordinator books a stay or a series,
 * moves a stay or cancels it (or the rest of its series) with a reason; the unit's leader
 * sees the list. Every form swaps the panel; a plain post gets the page.
 */
import type { Request, Response } from 'express';
import { osloToday } from '../../db/dates.ts';
import { bookingUnit, cancelBooking, createBooking, listBookablePersons, listBookings, moveBooking, type BookingOutcome } from '../../db/queries/bookings.ts';
import { loadLedgers } from '../../db/queries/ledger.ts';
import { formatDate } from '../../views/format.ts';
import { BookingPanel, type BookingPanelState, BookingsPage, bookingsUrl, type BookingUnit } from '../../views/places/bookings-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { assertUnitAccess, NotFoundError } from '../auth/unit-access.tsx';
import { submittedText } from '../forms.ts';
import { sendFragment, sendPage } from '../render.tsx';
import { pathId, type RouteTable } from '../routing.ts';
import { parseBookingForm, parseCancelForm, parseMoveForm } from './booking-forms.ts';

export function bookingRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/plasser/enhet/:unitId/avlastning', ['koordinator', 'institusjonsleder'], async (req, res) => {
    const unit = await visibleUnit(req, deps, pathId(req, 'unitId'));
    await answer(req, res, deps, unit, {}, 200, true);
  });

  routes.post('/plasser/enhet/:unitId/avlastning', ['koordinator'], async (req, res) => {
    const unit = await korttidUnit(req, deps, pathId(req, 'unitId'));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = submittedText(body);
    const form = parseBookingForm(body, osloToday(deps.now()));
    if (!form.ok) return answer(req, res, deps, unit, { create: { values, errors: form.errors } }, 422);
    const persons = await listBookablePersons(deps.db);
    if (!persons.some((p) => p.personId === form.value.personId)) {
      return answer(req, res, deps, unit, { create: { values, errors: { person: 'Velg personen oppholdet gjelder.' } } }, 422);
    }
    const outcome = await createBooking(deps.db, { unitId: unit.unitId, ...form.value }, { userId: req.user!.id }, deps.now());
    if (!outcome.ok) {
      const field = form.value.series ? 'forste' : 'fra';
      return answer(req, res, deps, unit, { create: { values, errors: { [field]: refusal(outcome) } } }, 422);
    }
    const n = outcome.ids.length;
    answer(req, res, deps, unit, { done: n === 1 ? 'Oppholdet er holdt av.' : `Serien er holdt av: ${n} opphold.` });
  });

  routes.post('/plasser/avlastning/:id/flytt', ['koordinator'], async (req, res) => {
    const bookingId = pathId(req);
    const unit = await korttidUnit(req, deps, await bookingUnit(deps.db, bookingId));
    const values = submittedText(req.body);
    const form = parseMoveForm(req.body, osloToday(deps.now()));
    if (!form.ok) return answer(req, res, deps, unit, { move: { bookingId, values, errors: form.errors } }, 422);
    const outcome = await moveBooking(deps.db, bookingId, form.value, form.value.reason, { userId: req.user!.id }, deps.now());
    if (!outcome.ok) {
      if (outcome.reason === 'no-place' || outcome.reason === 'overlap') return answer(req, res, deps, unit, { move: { bookingId, values, errors: { fra: refusal(outcome) } } }, 422);
      return answer(req, res, deps, unit, { error: refusal(outcome) }, 409);
    }
    answer(req, res, deps, unit, { done: `Oppholdet er flyttet til ${formatDate(form.value.from)}–${formatDate(form.value.to)}.` });
  });

  routes.post('/plasser/avlastning/:id/avlys', ['koordinator'], async (req, res) => {
    const bookingId = pathId(req);
    const unit = await korttidUnit(req, deps, await bookingUnit(deps.db, bookingId));
    const values = submittedText(req.body);
    const form = parseCancelForm(req.body);
    if (!form.ok) return answer(req, res, deps, unit, { cancel: { bookingId, values, errors: form.errors } }, 422);
    const outcome = await cancelBooking(deps.db, bookingId, form.value.rest, form.value.reason, { userId: req.user!.id }, deps.now());
    if (!outcome.ok) return answer(req, res, deps, unit, { error: refusal(outcome) }, 409);
    answer(req, res, deps, unit, { done: outcome.ids.length === 1 ? 'Oppholdet er avlyst.' : `${outcome.ids.length} opphold i serien er avlyst.` });
  });
}

/** The active unit, when the user may see it; 404 otherwise (also for another leader's unit). */
async function visibleUnit(req: Request, deps: AppDeps, unitId: number | null): Promise<BookingUnit> {
  if (unitId === null) throw new NotFoundError();
  assertUnitAccess(req, unitId);
  const [ledger] = await loadLedgers(deps.db, deps.now(), [unitId]);
  if (!ledger) throw new NotFoundError();
  return { unitId: ledger.unitId, name: ledger.name, code: ledger.code, kind: ledger.kind, staffedBeds: ledger.staffedBeds };
}

/** As `visibleUnit`, and only a korttid unit takes bookings: 404 for any other. */
async function korttidUnit(req: Request, deps: AppDeps, unitId: number | null): Promise<BookingUnit> {
  const unit = await visibleUnit(req, deps, unitId);
  if (unit.kind !== 'korttid') throw new NotFoundError();
  return unit;
}

/** A refused booking in words: which day is short and by how much. */
function refusal(outcome: Exclude<BookingOutcome, { ok: true }>): string {
  switch (outcome.reason) {
    case 'no-place':
      return `Ikke plass: ${formatDate(outcome.date)} har enheten ${outcome.free === 0 ? 'ingen ledige plasser' : `bare ${outcome.free} ledig`}, `
        + `og oppholdet som begynner ${formatDate(outcome.stayFrom)} trenger 1. Plassene er lovet bort til reservasjoner eller andre opphold. Ingenting er lagret.`;
    case 'overlap':
      return `Personen har allerede et opphold ${formatDate(outcome.from)}–${formatDate(outcome.to)} på ${outcome.unitName}. Velg dager som ikke overlapper. Ingenting er lagret.`;
    case 'not-booked': return 'Oppholdet er allerede avlyst av noen andre. Last siden på nytt.';
    case 'over': return 'Oppholdet er allerede over og kan ikke endres.';
    case 'not-korttid': return 'Bare korttidsenheter kan holde av plass til avlastning.';
    case 'not-found': return 'Fant ikke oppholdet.';
  }
}

async function answer(req: Request, res: Response, deps: AppDeps, unit: BookingUnit, state: BookingPanelState, status = 200, page = false): Promise<void> {
  const user = req.user!;
  if (!page && !req.get('hx-request') && status === 200) return res.redirect(303, bookingsUrl(unit.unitId));
  const canEdit = user.role === 'koordinator' && unit.kind === 'korttid';
  const [bookings, persons] = await Promise.all([listBookings(deps.db, [unit.unitId], deps.now()), canEdit ? listBookablePersons(deps.db) : []]);
  const props = { unit, bookings, persons, canEdit, today: osloToday(deps.now()), state };
  if (!page && req.get('hx-request')) return sendFragment(res, <BookingPanel {...props} />, status);
  sendPage(res, <BookingsPage {...props} user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)} />, status);
}
