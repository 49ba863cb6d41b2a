export { type LoadDemoOptions, type LoadDemoResult, loadDemoData } from './load-demo-data.ts';
export { buildDemoPlan } from './plan.ts';
export type { DemoPlan } from './plan-types.ts';
