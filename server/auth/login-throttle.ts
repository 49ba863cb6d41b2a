/**
 * Login throttling that slows password guessing but cannot be used to lock a chosen user
 * out. Answers are waits (the route sends 429 with Retry-After); nothing sleeps.
 *
 * - Per user name and address: the first 3 failures are free, then each attempt waits
 *   1 s, 2 s, 4 s … after the pair's last failure, at most 5 minutes. Only failures from
 *   that address count, so nobody elsewhere can slow the user at their own address, and
 *   one user's failures never slow a colleague behind the same address.
 * - Per user name, the ceiling for guessing from many addresses: after 10 failures from
 *   all addresses together, an address the user has not logged in from also waits 1 s,
 *   2 s … at most 15 minutes, counted from that pair's own last failure or its first
 *   refused attempt. A guesser gets one try per address per 15 minutes; the user at a new
 *   address gets in within 15 minutes of the first refusal, whatever others keep doing.
 * - An address the user logged in from in the last 30 days skips the ceiling. A success
 *   clears its pair but not the user's count. A count without a failure for an hour
 *   starts over.
 *
 * What no address-based scheme can tell apart: someone at the user's own address (the
 * same NAT) shares the pair, and can keep it at one attempt per 5 minutes. In memory, per
 * process: a restart forgets counts and known addresses.
 */
const PAIR_FREE = 3;
const PAIR_CAP_MS = 5 * 60_000;
const USER_FREE = 10;
const USER_CAP_MS = 15 * 60_000;
const RESET_MS = 60 * 60_000;
const KNOWN_MS = 30 * 24 * 60 * 60_000;
const KNOWN_PER_USER = 10;
/** Beyond this many counters the oldest go first: memory stays bounded under a flood. */
const MAX_ENTRIES = 100_000;

export interface ThrottleOptions {
  now: () => Date;
}

export interface LoginThrottle {
  /**
   * Whole seconds until this user name may try from this address, 0 when now. A refusal
   * under the per-user ceiling starts this pair's wait, so asking again never extends it.
   */
  retryAfter(username: string, address: string): number;
  recordFailure(username: string, address: string): void;
  /** Clears the pair and makes the address known for the user. */
  recordSuccess(username: string, address: string): void;
}

interface Counter {
  failures: number;
  /** The last failure; for a pair without one, its first refused attempt. */
  since: number;
}

/** 0 below `free` failures, then 1 s doubling per failure, at most `capMs`. */
const delayMs = (failures: number, free: number, capMs: number) =>
  failures < free ? 0 : Math.min(1000 * 2 ** (failures - free), capMs);

export function createLoginThrottle({ now }: ThrottleOptions): LoginThrottle {
  const pairs = new Map<string, Counter>();
  const users = new Map<string, Counter>();
  const known = new Map<string, Map<string, number>>();
  const userKey = (username: string) => username.trim().toLowerCase();
  const pairKey = (username: string, address: string) => `${userKey(username)}\n${address}`;

  const current = (map: Map<string, Counter>, key: string, at: number) => {
    const counter = map.get(key);
    if (!counter || at - counter.since <= RESET_MS) return counter;
    map.delete(key);
    return undefined;
  };
  // Re-inserting keeps each map in order of `since`, so expired counters are at the front.
  const store = (map: Map<string, Counter>, key: string, counter: Counter, at: number) => {
    map.delete(key);
    map.set(key, counter);
    for (const [oldest, { since }] of map) {
      if (map.size <= MAX_ENTRIES && at - since <= RESET_MS) break;
      map.delete(oldest);
    }
  };
  const isKnown = (username: string, address: string, at: number) => {
    const seen = known.get(userKey(username))?.get(address);
    return seen !== undefined && at - seen <= KNOWN_MS;
  };

  return {
    retryAfter(username, address) {
      const at = now().getTime();
      const pair = current(pairs, pairKey(username, address), at);
      let waitMs = pair ? delayMs(pair.failures, PAIR_FREE, PAIR_CAP_MS) - (at - pair.since) : 0;
      const ceilingMs = isKnown(username, address, at) ? 0 : delayMs(current(users, userKey(username), at)?.failures ?? 0, USER_FREE, USER_CAP_MS);
      if (ceilingMs > 0) {
        if (!pair) store(pairs, pairKey(username, address), { failures: 0, since: at }, at);
        waitMs = Math.max(waitMs, ceilingMs - (at - (pair?.since ?? at)));
      }
      return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
    },
    recordFailure(username, address) {
      const at = now().getTime();
      const pair = current(pairs, pairKey(username, address), at);
      store(pairs, pairKey(username, address), { failures: (pair?.failures ?? 0) + 1, since: at }, at);
      const user = current(users, userKey(username), at);
      store(users, userKey(username), { failures: (user?.failures ?? 0) + 1, since: at }, at);
    },
    recordSuccess(username, address) {
      const at = now().getTime();
      pairs.delete(pairKey(username, address));
      const addresses = known.get(userKey(username)) ?? new Map<string, number>();
      addresses.delete(address);
      addresses.set(address, at);
      for (const oldest of addresses.keys()) if (addresses.size > KNOWN_PER_USER) addresses.delete(oldest);
      known.set(userKey(username), addresses);
    },
  };
}
