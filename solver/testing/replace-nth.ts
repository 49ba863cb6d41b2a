/**
 * Replaces the at-th node of `s` (depth first over object keys and array indices, counting from
 * 0) with `value`, in place; nothing happens when `at` is past the last node. For fuzzing the
 * validator with one broken field at a time.
 */
export function replaceNth(s: unknown, at: number, value: unknown): void {
  let n = 0;
  const walk = (o: unknown): boolean => {
    if (typeof o !== 'object' || o === null) return false;
    for (const key of Object.keys(o)) {
      if (n++ === at) {
        (o as Record<string, unknown>)[key] = value;
        return true;
      }
      if (walk((o as Record<string, unknown>)[key])) return true;
    }
    return false;
  };
  walk(s);
}
