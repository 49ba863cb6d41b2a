/** A fresh PostgreSQL database of a benchmark's own on the server at `url`, dropped after `run`. */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export async function withPostgres<T>(url: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `plassplan_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  try {
    return await run(own.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}
