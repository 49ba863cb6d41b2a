/**
 * Counts the navigation shows next to an area's name (the urgent Oppgaver). The server puts
 * them in this context around a page (server/render.tsx), so pages need not pass them on.
 */
import { createContext } from 'preact';

export interface NavBadges {
  /** Overdue and due-today Oppgaver items (listTasks' `urgent`); absent for roles without Oppgaver. */
  oppgaver?: number;
}

export const NavBadgesContext = createContext<NavBadges>({});
