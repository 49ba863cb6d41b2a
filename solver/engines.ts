import type { Engine } from './engine';
import { flowEngine } from './engine-flow';
import { highsEngine } from './engine-highs';
import { jsLpEngine } from './engine-jslp';
import type { ComponentLp } from './model-lp';

/** Which engine to use: 'auto' picks per component. */
export type EngineChoice = 'auto' | 'javascript-lp-solver' | 'highs' | 'flow';

/**
 * Tableau size (rows × columns) up to which javascript-lp-solver's dense simplex stays within
 * about 100 ms (measured: 360×88 in 33 ms, 1570×258 in 90 ms, but 2091×295 in 2.4 s).
 */
export const JSLP_MAX_CELLS = 400_000;

/**
 * Picks the engine for one component: min-cost flow when no move releases a place (a pure
 * network), javascript-lp-solver while its dense tableau is small, HiGHS beyond.
 */
export function chooseEngine(lp: ComponentLp, choice: EngineChoice): Engine {
  if (choice === 'javascript-lp-solver') return jsLpEngine;
  if (choice === 'highs') return highsEngine;
  if (choice === 'flow') return lp.hasChains ? highsEngine : flowEngine;
  if (!lp.hasChains) return flowEngine;
  return lp.colCost.length * lp.rowUpper.length <= JSLP_MAX_CELLS ? jsLpEngine : highsEngine;
}
