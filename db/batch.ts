/**
 * Large writes in slices. A slice bounds one statement's parameters (PostgreSQL allows
 * 65,535), and between slices the event loop gets a turn: PGlite runs every query in this
 * thread and resolves it without yielding, so a long series of statements would otherwise
 * keep even static files from being served.
 */

/** Rows per statement: at 15 columns well under the parameter limit. */
export const SLICE_ROWS = 1000;

/** Lets pending I/O (other requests) run before the next statement. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `write` on consecutive slices of `items` and concatenates what it returns; nothing for no items. */
export async function inSlices<T, R>(items: readonly T[], write: (slice: T[]) => Promise<R[]>, size = SLICE_ROWS): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await yieldToEventLoop();
    results.push(...(await write(items.slice(start, start + size))));
  }
  return results;
}
