/** Starts Plassplan: loadConfig → openAppDatabase (migrates; PGlite with its lock and backups) → demo data if asked → fail runs left running → createApp → listen. */
import { createApp } from './app.tsx';
import { loadConfig } from './config.ts';
import { openAppDatabase } from './database.ts';
import { loadDemo } from './demo.ts';
import { watchAbandonedRuns } from './proposals/service.ts';

/** How long requests under way may run on after SIGTERM before their connections are cut. */
const GRACE_MS = 10_000;

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const database = await openAppDatabase(config);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite i ${config.dataDir}`;
  if (config.demo) await loadDemo(database.db, config.demoPassword, undefined, !config.demoScenario);
  // PGlite allows one process per data folder, so a run still running there was this server's before it stopped.
  const stopWatch = await watchAbandonedRuns(database.db, { exclusive: !config.databaseUrl });
  const { handler } = createApp({ db: database.db, config, now: () => new Date() });
  const server = handler.listen(config.port, () => {
    console.log(`Plassplan kjører på http://localhost:${config.port} (${where}), startet på ${Math.round(performance.now() - started)} ms`);
  });
  let stopping = false;
  // Close the database cleanly even when a request is slow: PGlite killed mid-write is a
  // crash, and its data folder then depends on WAL replay at the next start.
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stopWatch();
    console.log(`${signal}: Plassplan stopper …`);
    server.close(() => void database.close().then(
      () => process.exit(0),
      (error: unknown) => { console.error('Databasen ble ikke lukket rent:', error); process.exit(1); },
    ));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('Plassplan kunne ikke starte:', error instanceof Error ? error.message : error);
  process.exit(1);
});
