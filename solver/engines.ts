import type { Engine } from './engine';
import { flowEngine } from './engine-flow';
import { highsEngine } from './engine-highs';
import { jsLpEngine } from './engine-jslp';
import type { ComponentLp } from './model-lp';

/** Which engine to use: 'auto' picks per component. */
export type EngineChoice = 'auto' | 'javascript-lp-solver' | 'highs' | 'flow';

/** Columns up to which javascript-lp-solver's dense tableau stays within tens of milliseconds. */
export const JSLP_MAX_COLUMNS = 400;

/** Picks the engine for one component (see the brief's measurements in README-solver.md). */
export function chooseEngine(lp: ComponentLp, choice: EngineChoice): Engine {
  if (choice === 'javascript-lp-solver') return jsLpEngine;
  if (choice === 'highs') return highsEngine;
  if (choice === 'flow') return lp.hasChains ? highsEngine : flowEngine;
  if (!lp.hasChains) return flowEngine;
  return lp.colCost.length <= JSLP_MAX_COLUMNS ? jsLpEngine : highsEngine;
}
