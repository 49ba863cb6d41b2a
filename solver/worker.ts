import { Worker } from 'node:worker_threads';
import { planFirstComeFirstServed } from './fcfs-plan';
import type { Plan } from './plan-types';
import type { Snapshot } from './snapshot';

/** Options of {@link planInWorker}. */
export interface WorkerOptions {
  /** wall-clock limit in milliseconds; the worker is terminated when it is reached */
  timeLimitMs: number;
}

/**
 * Plans a valid snapshot of either version in a worker thread, off the event loop (the plan's
 * version follows the snapshot's). If the limit is reached the
 * worker is terminated and the first-come-first-served plan is returned with status `timedout`
 * and the capacity-free relaxation as its (valid) bound. Works under tsx, vitest and plain node:
 * the worker's JavaScript entry registers tsx's loader before importing the TypeScript one.
 */
export async function planInWorker(snapshot: Snapshot, opts: WorkerOptions): Promise<Plan> {
  const started = performance.now();
  const worker = new Worker(new URL('./plan-worker-boot.mjs', import.meta.url), { workerData: snapshot });
  return new Promise<Plan>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(fallbackPlan(snapshot, Math.round(performance.now() - started)));
    }, opts.timeLimitMs);
    worker.once('message', (msg: { ok: true; plan: Plan } | { ok: false; error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (msg.ok) resolve(msg.plan);
      else reject(new Error(msg.error));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** The plan returned when time runs out: first come, first served (with interim stays in v2), with the relaxation bound. */
export function fallbackPlan(snapshot: Snapshot, millis: number): Plan {
  return planFirstComeFirstServed(snapshot, { name: 'first-come-first-served (time limit reached)', status: 'timedout', millis });
}
