/**
 * Attributes for a `.table-scroll` box: a keyboard user reaches it with Tab and scrolls it
 * with the arrow keys (axe `scrollable-region-focusable`); the label names the region.
 */
export const scrollBox = (label: string) => ({ tabindex: 0, role: 'region', 'aria-label': label }) as const;
