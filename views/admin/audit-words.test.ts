import { describe, expect, it } from 'vitest';
import type { AuditNames } from '../../db/queries/audit-names.ts';
import type { AuditRow } from '../../db/queries/audit-search.ts';
import { actionText } from '../action-words.ts';
import { changedFields, subjectText } from './audit-words.ts';

const names: AuditNames = {
  users: new Map([[7, 'Kari Koordinator']]), units: new Map([[3, 'Korttid Fjellro'], [4, 'Langtid Solbakken']]),
  entries: new Map([[109, 'Ola Nordmann']]), meetings: new Map([[2, '2026-11-23']]),
};
const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1, at: new Date('2026-11-23T08:00:00Z'), userId: 7, username: 'koordinator', displayName: 'Kari Koordinator', action: 'x',
  entity: 'allocation', entityId: '12', personId: null, personName: null, personFnrMasked: null, before: null, after: null, ...over,
});

describe('audit log in words', () => {
  it('when an action is known, then it reads as Norwegian words; an unknown one keeps its code', () => {
    expect(actionText('user.login')).toBe('Logget inn');
    expect(actionText('person.view')).toBe('Åpnet personsiden');
    expect(actionText('test.page')).toBe('test.page');
  });

  it('when an entry is about a user, a meeting or a report, then it names them, not their ids', () => {
    expect(subjectText(row({ entity: 'user', entityId: '7' }), names)).toBe('Bruker Kari Koordinator');
    expect(subjectText(row({ entity: 'user', entityId: 'ukjent-navn' }), names)).toBe('Bruker «ukjent-navn»');
    expect(subjectText(row({ entity: 'meeting', entityId: '2' }), names)).toBe('Møte for uka fra 23.11.2026');
    expect(subjectText(row({ entity: 'place_report', entityId: '99', after: { unitId: 3 } }), names)).toBe('Melding fra Korttid Fjellro');
    expect(subjectText(row({ entity: 'allocation' }), names)).toBe('Tildeling');
  });

  it('when an override is logged, then only the changed fields show, with names for ids and dates in Norwegian', () => {
    const changes = changedFields({
      before: { proposalId: 40, entryId: 109, unitId: 3, date: '2026-12-01' },
      after: { entryId: 109, unitId: 4, date: '2026-12-03', reason: 'Ønsker Solbakken' },
    }, names);
    expect(changes).toEqual([
      { field: 'Enhet', before: 'Korttid Fjellro', after: 'Langtid Solbakken' },
      { field: 'Dato', before: '01.12.2026', after: '03.12.2026' },
      { field: 'Begrunnelse', after: 'Ønsker Solbakken' },
    ]);
  });

  it('when a report or a vedtak is logged, then codes, weights and departures read as words', () => {
    const changes = changedFields({ before: null, after: {
      kind: 'langtid', requiredTags: ['skjermet', 'psykisk-helse'], outcome: 'innvilget', closed: false,
      departures: [{ date: '2026-12-11', count: 2, personId: 5 }], guaranteeBreachNok: 50000, sha256: 'abc',
    } }, names);
    expect(Object.fromEntries(changes.map((c) => [c.field, c.after]))).toEqual({
      Type: 'Langtid', Behov: 'skjermet plass og psykisk helse', Utfall: 'Innvilget', 'Stengt for inntak': 'nei',
      Avganger: '2 avganger varslet 11.12.', 'Egendefinerte vekter: Brudd på garantitid (vekt, én gang per person)': '50\u00a0000',
    });
  });

  it('when a waiting list is exported, then the log says «Eksporterte venteliste» and names the queue and the row count', () => {
    const exported = row({ action: 'queue.export', entity: 'waitlist', entityId: 'korttid', after: { params: { ko: 'korttid' }, rows: 12, personIds: [1, 2] } });
    expect(actionText(exported.action)).toBe('Eksporterte venteliste');
    expect(subjectText(exported, names)).toBe('Venteliste Korttid');
    expect(changedFields(exported, names)).toEqual([{ field: 'Rader', after: '12' }]);
  });
});
