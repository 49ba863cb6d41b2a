import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle.ts';

function clock(start = Date.parse('2026-11-23T08:00:00Z')) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => { at += ms; } };
}

describe('login throttle', () => {
  it('when a user name fails five times from different addresses, then it is locked for the rest of the minute', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfter('Kari', `10.0.0.${i}`)).toBe(0);
      throttle.recordFailure('Kari', `10.0.0.${i}`);
      time.advance(1000);
    }
    expect(throttle.retryAfter('kari', '10.0.0.99')).toBe(55);
    expect(throttle.retryAfter('ola', '10.0.0.99')).toBe(0);
    time.advance(55_000);
    expect(throttle.retryAfter('kari', '10.0.0.99')).toBe(0);
  });

  it('when a login succeeds, then the user name is cleared but the address keeps its count', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now });
    for (let i = 0; i < 5; i++) throttle.recordFailure(`bruker${i}`, '10.0.0.1');
    throttle.recordSuccess('bruker0');
    expect(throttle.retryAfter('bruker0', '10.0.0.2')).toBe(0);
    expect(throttle.retryAfter('noen', '10.0.0.1')).toBe(60);
  });

  it('when the limit and window are set, then they are used', () => {
    const time = clock();
    const throttle = createLoginThrottle({ now: time.now, limit: 2, windowMs: 10_000 });
    throttle.recordFailure('a', 'x');
    expect(throttle.retryAfter('a', 'y')).toBe(0);
    throttle.recordFailure('a', 'x');
    expect(throttle.retryAfter('a', 'y')).toBe(10);
  });
});
