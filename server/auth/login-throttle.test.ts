import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLoginThrottle, type LoginThrottle } from './login-throttle.ts';

function clock(start = Date.parse('2026-11-23T08:00:00Z')) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => { at += ms; } };
}

/** What the login route does: a refused attempt checks no password, an allowed wrong one is a failure. */
function attempt(throttle: LoginThrottle, username: string, address: string): number {
  const wait = throttle.retryAfter(username, address);
  if (wait === 0) throttle.recordFailure(username, address);
  return wait;
}

const KARI_HOME = '10.1.1.1';
const attacker = (i: number) => `203.0.113.${i % 250}`;

describe('login throttle', () => {
  it('when an attacker fails for a user from many other addresses, then the user gets in at once from an address they logged in from before', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    throttle.recordSuccess('kari', KARI_HOME);
    for (let i = 0; i < 200; i++) {
      attempt(throttle, 'kari', attacker(i));
      time.advance(1000);
    }
    expect(throttle.retryAfter('Kari', KARI_HOME)).toBe(0);
  });

  it('when one address keeps failing for a user, then after three free failures the waits double from 1 s up to 5 minutes', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const wait = throttle.retryAfter('kari', KARI_HOME);
      waits.push(wait);
      time.advance(wait * 1000);
      throttle.recordFailure('kari', KARI_HOME);
    }
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256]);
    time.advance(256_000);
    throttle.recordFailure('kari', KARI_HOME);
    expect(throttle.retryAfter('kari', KARI_HOME)).toBe(300);
  });

  it('when a user name fails from an address, then another user at the same address is not slowed', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 20; i++) throttle.recordFailure('kari', '10.0.0.1');
    expect(throttle.retryAfter('kari', '10.0.0.1')).toBeGreaterThan(0);
    expect(throttle.retryAfter('ola', '10.0.0.1')).toBe(0);
  });

  it('when a user has had ten failures, then a new address waits 1 s, 2 s … after its own last failure, at most 15 minutes', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 9; i++) throttle.recordFailure('kari', attacker(i));
    expect(throttle.retryAfter('kari', '198.51.100.1')).toBe(0);
    throttle.recordFailure('kari', attacker(9));
    expect(throttle.retryAfter('kari', '198.51.100.1')).toBe(1);
    for (let i = 10; i < 40; i++) throttle.recordFailure('kari', attacker(i));
    expect(throttle.retryAfter('kari', '198.51.100.2')).toBe(900);
    time.advance(900_000);
    expect(throttle.retryAfter('kari', '198.51.100.2')).toBe(0);
    throttle.recordFailure('kari', '198.51.100.2');
    expect(throttle.retryAfter('kari', '198.51.100.2')).toBe(900);
  });

  it('when the attack goes on without pause, then the user from a new address still gets in within 15 minutes of the first refusal', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 40; i++) throttle.recordFailure('kari', attacker(i));
    const first = throttle.retryAfter('kari', '198.51.100.7');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(900);
    for (let s = 0; s < first; s++) {
      attempt(throttle, 'kari', attacker(s));
      time.advance(1000);
    }
    expect(throttle.retryAfter('kari', '198.51.100.7')).toBe(0);
  });

  it('when a login succeeds, then that pair starts over but the user name keeps its count for other addresses', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 12; i++) throttle.recordFailure('kari', KARI_HOME);
    throttle.recordSuccess('kari', KARI_HOME);
    expect(throttle.retryAfter('kari', KARI_HOME)).toBe(0);
    expect(throttle.retryAfter('kari', '198.51.100.1')).toBeGreaterThan(0);
  });

  it('when an hour passes without a failure, then the counters start over', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 12; i++) throttle.recordFailure('kari', KARI_HOME);
    time.advance(60 * 60_000 + 1);
    expect(throttle.retryAfter('kari', KARI_HOME)).toBe(0);
    expect(throttle.retryAfter('kari', '198.51.100.1')).toBe(0);
  });

  it('for every attack from other addresses, the user gets in at once from home and within 15 minutes from a new address', () => {
    const step = fc.record({ address: fc.nat(300), pauseMs: fc.oneof(fc.nat(2000), fc.nat(600_000)), user: fc.constantFrom('kari', 'ola') });
    fc.assert(fc.property(fc.array(step, { maxLength: 300 }), fc.array(step, { maxLength: 300 }), (before, during) => {
      const time = clock();
      const throttle = createLoginThrottle({ now: time.now });
      throttle.recordSuccess('kari', KARI_HOME);
      const run = (steps: typeof before) => steps.forEach((s) => { attempt(throttle, s.user, attacker(s.address)); time.advance(s.pauseMs); });
      run(before);
      expect(throttle.retryAfter('kari', KARI_HOME)).toBe(0);
      const wait = throttle.retryAfter('kari', '198.51.100.7');
      expect(wait).toBeLessThanOrEqual(900);
      if (wait === 0) return;
      // The Retry-After may grow while the attack goes on, but never past 15 minutes from the first refusal.
      const until = time.now().getTime() + 900_000;
      for (const s of during) {
        if (time.now().getTime() + s.pauseMs > until) break;
        attempt(throttle, s.user, attacker(s.address));
        time.advance(s.pauseMs);
      }
      time.advance(until - time.now().getTime());
      expect(throttle.retryAfter('kari', '198.51.100.7')).toBe(0);
    }), { numRuns: 200 });
  });
});
