/** Appeals (klager) and korttid limits in words, for the person page and the audit log. */
import type { AppealState } from '../../db/queries/appeal-rules.ts';

export const APPEAL_OUTCOME_LABELS: Record<string, { text: string; color: string }> = {
  stadfestet: { text: 'Stadfestet', color: 'neutral' },
  opphevet: { text: 'Opphevet', color: 'warning' },
  omgjort: { text: 'Omgjort', color: 'success' },
};

export const REASSESSMENT_LABELS: Record<string, string> = {
  opprettholdt: 'Opprettholdt – sendes videre',
  omgjort: 'Omgjort av tjenestekontoret',
};

/** The state of an appeal as a tag; `body` is Statsforvalteren or the local klagenemnd. */
export function appealStateLabel(state: AppealState, body: string, outcome: string | null): { text: string; color: string } {
  switch (state) {
    case 'til-vurdering': return { text: 'Til vurdering hos tjenestekontoret', color: 'warning' };
    case 'omgjort-av-kontoret': return { text: 'Omgjort av tjenestekontoret', color: 'success' };
    case 'skal-sendes': return { text: `Opprettholdt – skal sendes ${body}`, color: 'warning' };
    case 'sendt': return { text: `Sendt ${body}`, color: 'info' };
    case 'avgjort': {
      const o = APPEAL_OUTCOME_LABELS[outcome ?? ''];
      return { text: `${o?.text ?? 'Avgjort'} av ${body}`, color: o?.color ?? 'neutral' };
    }
  }
}
