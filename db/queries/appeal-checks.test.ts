import { describe, expect, it } from 'vitest';
import { checkForwarding, checkNewAppeal, checkOutcome, checkReassessment } from './appeal-checks.ts';
import type { AppealRow } from './appeal-rules.ts';

const TODAY = '2026-12-01';
const appeal = (over: Partial<AppealRow> = {}): AppealRow => ({
  id: 1, applicationId: 1, personId: 1, receivedDate: '2026-11-10', vedtakReceivedDate: null, reassessedDate: null, reassessmentResult: null,
  sentDate: null, outcome: null, outcomeDate: null, createdBy: null, createdAt: new Date(), ...over,
});
const field = (r: { field: string } | null) => r?.field ?? null;

describe('appeal step checks', () => {
  it('when an appeal is received the day before, on and after the decision date, then only the first is refused', () => {
    expect(field(checkNewAppeal('2026-11-02', { receivedDate: '2026-11-01', vedtakReceivedDate: null }, TODAY))).toBe('klage_mottatt');
    expect(checkNewAppeal('2026-11-02', { receivedDate: '2026-11-02', vedtakReceivedDate: null }, TODAY)).toBeNull();
    expect(checkNewAppeal('2026-11-02', { receivedDate: '2026-11-03', vedtakReceivedDate: null }, TODAY)).toBeNull();
  });

  it('when the vedtak has no decision yet, then there is nothing to appeal', () => {
    expect(checkNewAppeal(null, { receivedDate: TODAY, vedtakReceivedDate: null }, TODAY)?.message).toContain('ikke avgjort');
  });

  it('when the vedtak was got before its date, after the appeal, or dates lie in the future, then the field says so', () => {
    expect(field(checkNewAppeal('2026-11-02', { receivedDate: '2026-11-10', vedtakReceivedDate: '2026-11-01' }, TODAY))).toBe('vedtak_mottatt');
    expect(field(checkNewAppeal('2026-11-02', { receivedDate: '2026-11-10', vedtakReceivedDate: '2026-11-11' }, TODAY))).toBe('vedtak_mottatt');
    expect(field(checkNewAppeal('2026-11-02', { receivedDate: '2026-12-02', vedtakReceivedDate: null }, TODAY))).toBe('klage_mottatt');
    expect(checkNewAppeal('2026-11-02', { receivedDate: '2026-11-10', vedtakReceivedDate: '2026-11-10' }, TODAY)).toBeNull();
  });

  it('when the reassessment is dated before, on or after the receipt, then only before is refused; it is made once', () => {
    expect(field(checkReassessment(appeal(), '2026-11-09', TODAY))).toBe('vurdert_dato');
    expect(checkReassessment(appeal(), '2026-11-10', TODAY)).toBeNull();
    expect(field(checkReassessment(appeal(), '2026-12-02', TODAY))).toBe('vurdert_dato');
    expect(field(checkReassessment(appeal({ reassessedDate: '2026-11-12', reassessmentResult: 'omgjort' }), '2026-11-20', TODAY))).toBe('_');
  });

  it('when the appeal is sent, then it must be kept by the office first and sent on or after that day', () => {
    expect(checkForwarding(appeal(), '2026-11-20', TODAY)?.message).toContain('vurdering');
    expect(checkForwarding(appeal({ reassessedDate: '2026-11-12', reassessmentResult: 'omgjort' }), '2026-11-20', TODAY)?.message).toContain('omgjort');
    const kept = appeal({ reassessedDate: '2026-11-12', reassessmentResult: 'opprettholdt' });
    expect(field(checkForwarding(kept, '2026-11-11', TODAY))).toBe('sendt_dato');
    expect(checkForwarding(kept, '2026-11-12', TODAY)).toBeNull();
    expect(field(checkForwarding({ ...kept, sentDate: '2026-11-13' }, '2026-11-14', TODAY))).toBe('_');
  });

  it('when the outcome is registered, then only after the appeal was sent, dated on or after sending, once', () => {
    const kept = appeal({ reassessedDate: '2026-11-12', reassessmentResult: 'opprettholdt' });
    expect(checkOutcome(kept, '2026-11-20', TODAY)?.message).toContain('sendt');
    const sent = { ...kept, sentDate: '2026-11-13' };
    expect(field(checkOutcome(sent, '2026-11-12', TODAY))).toBe('utfall_dato');
    expect(checkOutcome(sent, '2026-11-13', TODAY)).toBeNull();
    expect(field(checkOutcome(sent, '2026-12-02', TODAY))).toBe('utfall_dato');
    expect(field(checkOutcome({ ...sent, outcome: 'stadfestet', outcomeDate: '2026-11-20' }, '2026-11-21', TODAY))).toBe('_');
  });
});
