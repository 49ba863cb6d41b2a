// Worker entry in plain JavaScript: registers tsx's loader in this thread, then runs the
// TypeScript worker. (Node 20 does not apply `--import tsx` from execArgv before a worker's main module.)
import { register } from 'tsx/esm/api';

register();
await import('./plan-worker.ts');
