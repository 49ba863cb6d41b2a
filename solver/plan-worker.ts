import { parentPort, workerData } from 'node:worker_threads';
import { planSnapshot } from './plan';
import type { Snapshot } from './snapshot';

// Entry point of the worker thread started by planInWorker: plan one snapshot, post the plan.
const snapshot = workerData as Snapshot;
planSnapshot(snapshot).then(
  (plan) => parentPort?.postMessage({ ok: true, plan }),
  (e: unknown) => parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
);
