/**
 * Creates a user from the command line, e.g. the first admin of a new database:
 *   npm run user:create -- --username kari --name "Kari Nordmann" --role admin
 * The password is asked for (hidden) on a terminal, or read from stdin with
 * --password-stdin (or when stdin is not a terminal). Institution leaders get units by
 * code: --unit BRE-K --unit BRE-R. Opens the database like the server (DATABASE_URL, MIGRATION_DATABASE_URL, PLASSPLAN_DATA_DIR).
 */
import { parseArgs } from 'node:util';
import { inArray } from 'drizzle-orm';
import { units } from '../../db/schema.ts';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../database.ts';
import { newUserForm } from './forms.ts';
import { readPassword } from './read-password.ts';
import { registerUser } from './user-service.ts';

const USAGE = 'Bruk: npm run user:create -- --username NAVN --name "Fullt navn" --role admin|koordinator|institusjonsleder|mote|kontorleder [--unit KODE ...] [--password-stdin]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' },
      unit: { type: 'string', multiple: true }, 'password-stdin': { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help || !values.username || !values.name || !values.role) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const password = await readPassword(Boolean(values['password-stdin']));
  const config = loadConfig(process.env, []);
  const database = await openAppDatabase(config);
  try {
    const codes = values.unit ?? [];
    const found = codes.length ? await database.db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes)) : [];
    const missing = codes.filter((code) => !found.some((u) => u.code === code));
    if (missing.length) return fail(`Ukjente enhetskoder: ${missing.join(', ')}`);
    const form = newUserForm.safeParse({ brukernavn: values.username, navn: values.name, rolle: values.role, passord: password, enheter: found.map((u) => u.id) });
    if (!form.success) return fail(form.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n'));
    const outcome = await registerUser(database.db, form.data, null);
    if (!outcome.ok) return fail('errors' in outcome ? Object.values(outcome.errors).join('\n') : 'Fant ikke brukeren.');
    console.log(`Brukeren «${form.data.brukernavn}» (${form.data.rolle}) er opprettet.`);
    return 0;
  } finally {
    await database.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error('Kunne ikke opprette brukeren:', error instanceof Error ? error.message : error);
  process.exit(1);
});
