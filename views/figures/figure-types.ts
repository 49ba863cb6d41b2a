/** The props Nøkkeltall's views read: figures already computed, periods already chosen. */
import type { Figures } from '../../db/figures/types.ts';
import type { PeriodKind } from '../../db/figures/period.ts';

/** One period the page can link to or list. */
export interface PeriodLink { id: string; label: string }

import type { FigureGroup } from '../../db/figures/definitions.ts';

/** The sections of the page: one per figure group of db/figures/definitions.ts. */
export type SectionId = FigureGroup;

/** How a figure is counted, as db/figures/definitions.ts words it. */
export interface FormulaText { label: string; formula: string }

/** What the page shows: this period, the one before, and the 12 months ending with this one's for the charts. */
export interface FigurePageData {
  current: Figures;
  previous: Figures;
  months: Figures[];
  /** First day of Plassplan's records (db/figures/records-since.ts): earlier periods are incomplete. */
  recordsSince: string | null;
}

export interface PeriodPicker {
  kind: PeriodKind;
  kindLabels: Record<PeriodKind, string>;
  /** The periods of `kind` the list offers, newest first. */
  choices: PeriodLink[];
  previous: PeriodLink | null;
  next: PeriodLink | null;
}

/** The content region: the picker and either the figures or the reason there are none. */
export interface FigureContentProps {
  picker: PeriodPicker;
  /** Absent when the request was refused (`error` says why). */
  data?: FigurePageData;
  formulas: Partial<Record<SectionId, FormulaText[]>>;
  /** A refused `periode` or `type`: the field and a Norwegian message naming it. */
  error?: { field: 'periode' | 'type'; message: string };
}
