/**
 * PGlite runs in the server's own thread, and its queries settle as microtasks only: a
 * chain of awaited queries (an import of 20,000 rows) never lets the event loop run, so
 * nothing else is answered, not even a static file, until the chain ends. Waiting for
 * setImmediate before each query gives the loop a turn; it costs microseconds per query.
 * Other queries still wait for an open transaction (PGlite has one connection).
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Makes every query, exec and transaction of `client` (and inside its transactions) wait a turn first. */
export function takeTurns(client: PGlite): void {
  const { query, exec, transaction } = client;
  client.query = (async (...args: Parameters<PGlite['query']>) => {
    await nextTurn();
    return query.apply(client, args);
  }) as PGlite['query'];
  client.exec = async (...args) => {
    await nextTurn();
    return exec.apply(client, args);
  };
  client.transaction = async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> => {
    await nextTurn();
    return transaction.call(client, (tx) => callback(turnTaking(tx))) as Promise<T>;
  };
}

function turnTaking(tx: Transaction): Transaction {
  const { query, exec } = tx;
  tx.query = (async (...args: Parameters<Transaction['query']>) => {
    await nextTurn();
    return query.apply(tx, args);
  }) as Transaction['query'];
  tx.exec = async (...args) => {
    await nextTurn();
    return exec.apply(tx, args);
  };
  return tx;
}
