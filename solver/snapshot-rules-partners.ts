import { problem, type SnapshotError } from './snapshot-messages';
import { isObject, list, type Raw } from './snapshot-raw';

/**
 * Interim korttid (v2): only for an applicant of kind langtid or bofellesskap who waits at home
 * or in hospital (an occupant already has a place to wait in; a korttid applicant's own place is
 * korttid), and not for one of a couple (partners move in together, from where they are).
 */
export function checkInterim(a: Raw, i: number, errors: SnapshotError[]): void {
  if (a.interim === undefined) return;
  const path = ['applicants', i, 'interim'];
  if (a.kind === 'korttid') {
    errors.push(problem(path, 'is only for applicants of kind langtid or bofellesskap (kind is korttid)',
      'gjelder bare søkere med kind langtid eller bofellesskap (kind er korttid)'));
  }
  const loc = isObject(a.location) ? a.location.type : undefined;
  if (loc === 'unit') {
    errors.push(problem(path, 'is only for people at home or in hospital (location is unit)',
      'gjelder bare personer hjemme eller på sykehus (location er unit)'));
  }
  if (a.partnerId !== undefined) {
    errors.push(problem(path, 'is not allowed for one of a couple (partnerId): partners move in together',
      'er ikke tillatt for en av et par (partnerId): partnere flytter inn sammen'));
  }
}

/**
 * Partners (samboergaranti, v2): `partnerId` names another applicant, of the same kind, whose
 * `partnerId` names this one. Each side of a broken link is reported at its own `partnerId`.
 */
export function checkPartners(applicants: unknown[], errors: SnapshotError[]): void {
  const byId = new Map<string, Raw>();
  for (const a of applicants) {
    if (isObject(a) && typeof a.id === 'string' && !byId.has(a.id)) byId.set(a.id, a);
  }
  list(applicants).forEach((a, i) => {
    if (!isObject(a) || typeof a.id !== 'string' || typeof a.partnerId !== 'string' || a.partnerId === '') return;
    const problemAt = (en: string, no: string) => errors.push(problem(['applicants', i, 'partnerId'], en, no));
    const id = a.partnerId;
    const partner = byId.get(id);
    if (id === a.id) return void problemAt('names the applicant itself', 'viser til søkeren selv');
    if (partner === undefined) return void problemAt(`unknown applicant "${id}"`, `ukjent søker "${id}"`);
    if (partner.partnerId !== a.id) {
      problemAt(`applicant "${id}" does not name "${a.id}" as partner (partnerId)`,
        `søker "${id}" har ikke "${a.id}" som partner (partnerId)`);
    }
    if (typeof partner.kind === 'string' && typeof a.kind === 'string' && partner.kind !== a.kind) {
      problemAt(`partner "${id}" has kind ${partner.kind}, not ${a.kind}`,
        `partner "${id}" har kind ${partner.kind}, ikke ${a.kind}`);
    }
  });
}
