import type { Engine } from './engine';
import { flowEngine } from './engine-flow';
import { highsEngine } from './engine-highs';
import { jsLpEngine } from './engine-jslp';
import type { ComponentLp } from './model-lp';

/** Which engine to use: 'auto' picks per component. */
export type EngineChoice = 'auto' | 'javascript-lp-solver' | 'highs' | 'flow';

/**
 * Picks the engine for one component: min-cost flow when it is a pure network (no chain
 * release, booking or couple), HiGHS otherwise. javascript-lp-solver only when asked for: it
 * cannot prove its bounds (see engine-jslp.ts) and its branch-and-cut took 36 s where HiGHS
 * took 1.3 s on a 30-person v2 snapshot (solver/testing/slow/).
 */
export function chooseEngine(lp: ComponentLp, choice: EngineChoice): Engine {
  if (choice === 'javascript-lp-solver') return jsLpEngine;
  if (choice === 'highs') return highsEngine;
  if (choice === 'flow') return lp.hasChains ? highsEngine : flowEngine;
  return lp.hasChains ? highsEngine : flowEngine;
}
