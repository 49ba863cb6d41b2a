/** «Slik regnes tallene»: the figures' definitions (db/figures/definitions.ts) as the Årsrapport prints them. */
import { FIGURE_DEFINITIONS } from '../../db/figures/definitions.ts';
import type { FigureDefinition } from '../../views/figures/annual-report-page.tsx';

export const figureDefinitions = (): FigureDefinition[] =>
  FIGURE_DEFINITIONS.map((d) => ({ name: d.source === 'SSB/KOSTRA' ? `${d.label} (SSB/KOSTRA)` : d.label, text: d.formula }));
