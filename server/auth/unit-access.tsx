/**
 * Unit-scoped data: an institusjonsleder sees only the units assigned to them. Asking for
 * another unit's data answers 404, exactly as for a unit that does not exist, so the
 * answer does not even tell that the unit is there.
 */
import type { NextFunction, Request, Response } from 'express';
import type { SessionUser } from '../../db/queries/users.ts';
import { sendNotFound } from '../not-found.tsx';

/** Thrown by assertUnitAccess; the app's error handler answers 404. */
export class NotFoundError extends Error {
  constructor(message = 'Fant ikke siden.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Whether the user may see the unit: every role the route allows, except a leader outside their own units. */
export const canAccessUnit = (user: SessionUser, unitId: number): boolean =>
  user.role !== 'institusjonsleder' || user.unitIds.includes(unitId);

/** The units the user is limited to, or undefined when they may see all (for list queries). */
export const unitScope = (user: SessionUser): number[] | undefined =>
  user.role === 'institusjonsleder' ? user.unitIds : undefined;

/**
 * Throws NotFoundError (→ 404) unless the logged-in user may see the unit. Call it in a
 * unit-scoped handler before loading anything: `assertUnitAccess(req, pathId(req))`.
 */
export function assertUnitAccess(req: Request, unitId: number): void {
  if (!req.user || !Number.isInteger(unitId) || !canAccessUnit(req.user, unitId)) throw new NotFoundError();
}

/** Error middleware: NotFoundError becomes the ordinary 404 page; anything else goes on. */
export function notFoundErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!(error instanceof NotFoundError)) return next(error);
  if (req.get('hx-request')) return void res.status(404).type('text').send('Fant ikke det du ba om.');
  sendNotFound(res);
}
