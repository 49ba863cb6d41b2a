/** Which areas of the app each role has, for the navigation and the start page. */
import type { Role } from '../db/schema.ts';
import type { NavId } from '../views/layout.tsx';

const AREAS: Record<Role, readonly NavId[]> = {
  admin: ['plasser', 'admin'],
  koordinator: ['oppgaver', 'ventelister', 'personer', 'plasser', 'forslag', 'mote', 'nokkeltall'],
  institusjonsleder: ['enheter', 'plasser'],
  mote: ['ventelister', 'plasser', 'forslag', 'mote', 'nokkeltall'],
  // The office leader reads the office's aggregated figures, never a person (data minimisation).
  kontorleder: ['nokkeltall'],
};

export const areasFor = (role: Role): readonly NavId[] => AREAS[role];

/** Where a user lands after login. */
export function homeFor(role: Role): string {
  // The leader lands on their own units' report, made to be done from a phone in seconds.
  if (role === 'institusjonsleder') return '/enheter';
  if (role === 'kontorleder') return '/nokkeltall';
  // The coordinator's morning starts on the work list.
  if (AREAS[role].includes('oppgaver')) return '/oppgaver';
  if (AREAS[role].includes('ventelister')) return '/ventelister';
  return role === 'admin' ? '/admin' : '/plasser';
}
