/** The admin's use cases for users; refusals come back as Norwegian messages per field. */
import { hash } from '@node-rs/argon2';
import type { Db } from '../../db/client.ts';
import { listUnitChoices, setPassword, setUserActive, updateUser, usernameTaken } from '../../db/queries/user-admin.ts';
import { createUser, type SessionUser } from '../../db/queries/users.ts';
import type { EditUserForm, NewUserForm } from './forms.ts';

export type Outcome = { ok: true } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

const refused = (field: string, message: string): Outcome => ({ ok: false, errors: { [field]: message } });

/** Units that do not exist (or are no longer active) cannot be given. */
async function unknownUnits(db: Db, unitIds: number[]): Promise<boolean> {
  const known = new Set((await listUnitChoices(db)).map((u) => u.id));
  return unitIds.some((id) => !known.has(id));
}

export async function registerUser(db: Db, form: NewUserForm, by: SessionUser | null): Promise<Outcome> {
  if (await usernameTaken(db, form.brukernavn)) return refused('brukernavn', 'Brukernavnet er allerede i bruk.');
  const unitIds = form.rolle === 'institusjonsleder' ? form.enheter : [];
  if (await unknownUnits(db, unitIds)) return refused('enheter', 'Velg bare enheter fra listen.');
  const passwordHash = await hash(form.passord);
  try {
    await createUser(db, { username: form.brukernavn, displayName: form.navn, role: form.rolle, passwordHash, unitIds }, by?.id ?? null);
  } catch (error) {
    // Two admins creating the same name at once: the unique index decides.
    if (isUniqueViolation(error)) return refused('brukernavn', 'Brukernavnet er allerede i bruk.');
    throw error;
  }
  return { ok: true };
}

export async function changeUser(db: Db, id: number, form: EditUserForm, by: SessionUser, currentRole: string): Promise<Outcome> {
  if (id === by.id && form.rolle !== currentRole) return refused('rolle', 'Du kan ikke endre din egen rolle.');
  if (await unknownUnits(db, form.enheter)) return refused('enheter', 'Velg bare enheter fra listen.');
  const result = await updateUser(db, id, { displayName: form.navn, role: form.rolle, unitIds: form.enheter }, by.id);
  return result.ok ? { ok: true } : { ok: false, notFound: true };
}

export async function changeActive(db: Db, id: number, active: boolean, by: SessionUser): Promise<Outcome> {
  if (id === by.id) return refused('aktiv', 'Du kan ikke deaktivere deg selv.');
  const result = await setUserActive(db, id, active, by.id);
  return result.ok ? { ok: true } : { ok: false, notFound: true };
}

export async function resetPassword(db: Db, id: number, password: string, by: SessionUser): Promise<Outcome> {
  const result = await setPassword(db, id, await hash(password), by.id);
  return result.ok ? { ok: true } : { ok: false, notFound: true };
}

function isUniqueViolation(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown })?.cause].map((e) => (e as { code?: string } | undefined)?.code);
  return codes.includes('23505');
}
