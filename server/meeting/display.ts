/** The meeting's display from the query: normal or projector, and whether names are shown in full. */
import type { Role } from '../../db/schema.ts';
import type { Display } from '../../views/meeting/meeting-types.ts';
import type { NameMode } from './people.ts';

/**
 * `?visning=projektor` turns on projector mode; there a coordinator may add `navn=vis`
 * to show full names (audited by the page). Outside projector mode the page shows names
 * as the Forslag page does.
 */
export function displayOf(query: Record<string, unknown>, role: Role): Display {
  const projector = query.visning === 'projektor';
  const fullNames = !projector || (role === 'koordinator' && query.navn === 'vis');
  const params = new URLSearchParams();
  if (projector) params.set('visning', 'projektor');
  if (projector && fullNames) params.set('navn', 'vis');
  const text = params.toString();
  return { projector, fullNames, query: text ? `?${text}` : '', linkPeople: role === 'koordinator' };
}

export const nameModeOf = (display: Display): NameMode => (display.fullNames ? 'full' : 'initials');
