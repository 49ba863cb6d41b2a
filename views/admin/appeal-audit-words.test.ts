import { describe, expect, it } from 'vitest';
import type { AuditNames } from '../../db/queries/audit-names.ts';
import { actionText } from '../action-words.ts';
import { changedFields } from './audit-words.ts';

const names: AuditNames = { users: new Map(), units: new Map(), entries: new Map(), meetings: new Map() };

describe('appeals and review dates in the audit log', () => {
  it('when an appeal step or a review date is logged, then the action reads as words', () => {
    for (const action of ['appeal.register', 'appeal.reassess', 'appeal.forward', 'appeal.decide', 'unit_stay.review-date']) {
      expect(actionText(action)).not.toBe(action);
    }
  });

  it('when an appeal is reassessed and decided, then the fields and results read in Norwegian', () => {
    expect(changedFields({ before: { reassessedDate: null, reassessmentResult: null }, after: { reassessedDate: '2026-11-21', reassessmentResult: 'opprettholdt' } }, names))
      .toEqual([{ field: 'Vurdert', before: '–', after: '21.11.2026' }, { field: 'Tjenestekontorets vurdering', before: '–', after: 'Opprettholdt – sendes videre' }]);
    expect(changedFields({ before: null, after: { appealReceivedDate: '2026-11-20', outcome: 'stadfestet' } }, names))
      .toEqual([{ field: 'Klage mottatt', after: '20.11.2026' }, { field: 'Utfall', after: 'Stadfestet' }]);
    expect(changedFields({ before: { reviewDate: null }, after: { reviewDate: '2026-12-01' } }, names)).toEqual([{ field: 'Revurderingsdato', before: '–', after: '01.12.2026' }]);
  });
});
