import { describe, expect, it } from 'vitest';
import { appealDeadline, appealState, awaitsForwarding, forwardDeadline, isInTime } from './appeal-rules.ts';

const steps = { reassessmentResult: null, sentDate: null, outcome: null };

describe('klagefrist (fvl. §§ 29–30)', () => {
  it('when a Statsforvalteren vedtak is dated on a Monday, then the deadline is 4 weeks later, a Monday', () => {
    expect(appealDeadline('statsforvalteren', '2026-11-16')).toBe('2026-12-14');
  });

  it('when a local vedtak is dated on a Monday, then the deadline is 3 weeks later', () => {
    expect(appealDeadline('lokal', '2026-11-16')).toBe('2026-12-07');
  });

  it('when 4 weeks end on Skjærtorsdag, then the deadline runs past Easter to the Tuesday after Andre påskedag', () => {
    expect(appealDeadline('statsforvalteren', '2026-03-05')).toBe('2026-04-07');
  });

  it('when 3 weeks end on Christmas Day, then the deadline is the Monday after Andre juledag and the Sunday', () => {
    expect(appealDeadline('lokal', '2026-12-04')).toBe('2026-12-28');
  });

  it('when 4 weeks end on a Saturday, then the deadline is the Monday', () => {
    expect(appealDeadline('statsforvalteren', '2026-10-24')).toBe('2026-11-23');
  });

  it('when the party got the vedtak later than its date, then the deadline counts from that day', () => {
    expect(appealDeadline('statsforvalteren', '2026-11-16', '2026-11-19')).toBe('2026-12-17');
  });

  it('when the appeal arrives the day before, on or after the deadline, then it is in time, in time, late', () => {
    const deadline = appealDeadline('statsforvalteren', '2026-03-05');
    expect(isInTime('2026-04-06', deadline)).toBe(true);
    expect(isInTime('2026-04-07', deadline)).toBe(true);
    expect(isInTime('2026-04-08', deadline)).toBe(false);
  });
});

describe('forwarding deadline and state', () => {
  it('when 30 days from receipt end on Christmas Day, then the appeal must be sent by Monday 28.12', () => {
    expect(forwardDeadline('2026-11-25', 30)).toBe('2026-12-28');
    expect(forwardDeadline('2026-11-23', 30)).toBe('2026-12-23');
  });

  it('when the steps fill in, then the state follows them, and only an appeal kept or unassessed awaits forwarding', () => {
    expect(appealState(steps)).toBe('til-vurdering');
    expect(appealState({ ...steps, reassessmentResult: 'omgjort' })).toBe('omgjort-av-kontoret');
    expect(appealState({ ...steps, reassessmentResult: 'opprettholdt' })).toBe('skal-sendes');
    expect(appealState({ ...steps, reassessmentResult: 'opprettholdt', sentDate: '2026-12-01' })).toBe('sendt');
    expect(appealState({ reassessmentResult: 'opprettholdt', sentDate: '2026-12-01', outcome: 'stadfestet' })).toBe('avgjort');
    expect(awaitsForwarding(steps)).toBe(true);
    expect(awaitsForwarding({ ...steps, reassessmentResult: 'opprettholdt' })).toBe(true);
    expect(awaitsForwarding({ ...steps, reassessmentResult: 'omgjort' })).toBe(false);
    expect(awaitsForwarding({ ...steps, reassessmentResult: 'opprettholdt', sentDate: '2026-12-01' })).toBe(false);
  });
});
