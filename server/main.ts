/** Starts Plassplan: loadConfig → open the database (migrates) → demo data if asked → createApp → listen. */
import { openDb } from '../db/client.ts';
import { createApp } from './app.tsx';
import { loadConfig } from './config.ts';
import { loadDemo } from './demo.ts';
import { openEmbeddedDatabase } from './embedded.ts';

/** How long requests under way may run on after SIGTERM before their connections are cut. */
const GRACE_MS = 10_000;

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const database = config.databaseUrl ? await openDb({ databaseUrl: config.databaseUrl }) : await openEmbeddedDatabase(config);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite i ${config.dataDir}`;
  if (config.demo) await loadDemo(database.db, config.demoPassword);
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
