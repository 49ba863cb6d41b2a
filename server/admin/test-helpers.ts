import type { DbOrTx } from '../../db/client.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import { SETTING_FIELDS } from '../../views/admin/setting-fields.ts';

/** Every field of the settings form as the form would send it: the stored values as text. */
export async function storedSettingsForm(db: DbOrTx): Promise<Record<string, string>> {
  const stored = await loadSettings(db);
  return { ...Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, String(stored[f.key])])), planningPolicy: stored.planningPolicy };
}
