/**
 * Failed logins counted per user name and per client address in a sliding window: after
 * `limit` failures within `windowMs` on either key, every attempt is refused (even with the
 * right password) until the oldest failure leaves the window. In memory, per process.
 */
export interface ThrottleOptions {
  /** Failures allowed within the window; the next attempt is refused. Default 5. */
  limit?: number;
  /** Window length in milliseconds. Default 60 000 (one minute). */
  windowMs?: number;
  now: () => Date;
}

export interface LoginThrottle {
  /** Seconds until a new attempt is allowed for this user or address, or 0 when allowed now. */
  retryAfter(username: string, address: string): number;
  recordFailure(username: string, address: string): void;
  /** A successful login clears the user's count (not the address's: one good account must not unlock guessing). */
  recordSuccess(username: string): void;
}

export function createLoginThrottle({ limit = 5, windowMs = 60_000, now }: ThrottleOptions): LoginThrottle {
  const failures = new Map<string, number[]>();
  const keys = (username: string, address: string) => [`u:${username.trim().toLowerCase()}`, `a:${address}`];
  const recent = (key: string, at: number) => {
    const kept = (failures.get(key) ?? []).filter((t) => at - t < windowMs);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  return {
    retryAfter(username, address) {
      const at = now().getTime();
      let wait = 0;
      for (const key of keys(username, address)) {
        const times = recent(key, at);
        if (times.length >= limit) wait = Math.max(wait, Math.ceil((times[times.length - limit]! + windowMs - at) / 1000));
      }
      return wait;
    },
    recordFailure(username, address) {
      const at = now().getTime();
      if (failures.size > 10_000) for (const key of [...failures.keys()]) recent(key, at);
      for (const key of keys(username, address)) failures.set(key, [...recent(key, at), at]);
    },
    recordSuccess(username) {
      failures.delete(keys(username, '')[0]!);
    },
  };
}
