/** Use cases of the person page: read it (logging the view), and turn forms into vedtak. */
import { osloToday } from '../../db/dates.ts';
import type { Db } from '../../db/client.ts';
import { maskFnr } from '../../db/fnr.ts';
import { listPersonViewers, recordPersonView } from '../../db/queries/person-access.ts';
import { loadAppealViews, loadKorttidView } from '../../db/queries/person-appeals.ts';
import { loadPersonPage } from '../../db/queries/person-page.ts';
import { loadPartnerSection } from '../../db/queries/partners.ts';
import { buildTimeline, loadPersonAudit } from '../../db/queries/person-timeline.ts';
import { cachedSettings, loadSettings, type Settings } from '../../db/queries/settings.ts';
import { listUnitOptions, type NewVedtak } from '../../db/queries/vedtak.ts';
import { readStoredTexts } from '../stored-texts.ts';
import type { PersonViewData } from '../../views/persons/person-view.tsx';
import { loadApplicationSection } from './application-service.ts';
import { interimAllowed, type VedtakContext, type VedtakInput } from './forms.ts';
import { appealDeadline, appealRegimeFor, computedGuarantee, isGranted } from './vedtak-rules.ts';

/**
 * Everything the person view shows, for the user `viewedBy`: a `person.view` is logged
 * first, so the viewer appears in the page's own «who has looked» list.
 */
export async function loadPersonView(db: Db, personId: number, now: Date, viewedBy: number): Promise<PersonViewData | undefined> {
  const today = osloToday(now);
  const data = await loadPersonPage(db, personId, today);
  if (!data) return undefined;
  await recordPersonView(db, viewedBy, personId);
  const [audit, viewers, units, settings, partners] = await Promise.all([
    loadPersonAudit(db, personId), listPersonViewers(db, personId, 50), listUnitOptions(db), cachedSettings(db), loadPartnerSection(db, personId),
  ]);
  const applications = await loadApplicationSection(db, personId, today, settings, viewedBy, data.location);
  const [appeals, korttid] = await Promise.all([loadAppealViews(db, personId, settings), loadKorttidView(db, personId, today, settings)]);
  // Pending applications are shown with their clock (ApplicationSection), not as vedtak.
  const vedtak = data.vedtak.filter((v) => v.outcome !== null).map((v) => ({ ...v, appealDeadline: v.decisionDate ? appealDeadline(v.appealRegime, v.decisionDate) : null }));
  const timeline = buildTimeline(data, audit);
  const name = await readStoredTexts(db, [...data.allocations.map((a) => a.reason), ...timeline.map((e) => e.detail)]);
  return {
    ...data, vedtak, applications, fnrMasked: maskFnr(data.person.fnr), today, viewers, units, partners,
    allocations: data.allocations.map((a) => ({ ...a, reason: name(a.reason) })),
    timeline: timeline.map((e) => ({ ...e, detail: name(e.detail) })),
    guaranteeDays: guaranteeDaysOf(settings), appeals, korttid,
  };
}

export const guaranteeDaysOf = (s: Settings) => ({ korttid: s.guaranteeDaysKorttid, langtid: s.guaranteeDaysLangtid, bofellesskap: s.guaranteeDaysBofellesskap });

/** Today, the guarantee settings and the units, for checking a vedtak. */
export async function vedtakContext(db: Db, now: Date): Promise<VedtakContext> {
  const [settings, units] = await Promise.all([loadSettings(db), listUnitOptions(db)]);
  return { today: osloToday(now), settings, unitKinds: new Map(units.map((u) => [u.id, u.kind])) };
}

/** A checked form as a vedtak: the guarantee date is computed unless overridden, the appeal regime derived. */
export function toNewVedtak(personId: number, v: VedtakInput, settings: Settings): NewVedtak {
  const granted = isGranted(v.utfall);
  const computed = computedGuarantee(v.type, v.vedtaksdato, settings);
  const guaranteeDate = granted ? (v.garantidato ?? computed) : null;
  return {
    personId, receivedDate: v.mottatt, kind: v.type, requiredTags: v.behov, outcome: v.utfall, decisionDate: v.vedtaksdato,
    priority: granted ? v.prioritet ?? null : null,
    priorityReason: granted ? v.prioritet_begrunnelse ?? null : null,
    guaranteeDate,
    guaranteeOverrideReason: guaranteeDate && guaranteeDate !== computed ? v.garanti_begrunnelse ?? null : null,
    reasoning: v.begrunnelse, appealRegime: appealRegimeFor(v.type),
    earliestDate: granted ? v.tidligste_dato ?? null : null,
    preferredUnitIds: granted ? v.foretrukket : [],
    excludedUnitIds: granted ? v.utelukket : [],
    interimAllowed: granted && interimAllowed(v),
    interimTags: granted && interimAllowed(v) ? [...new Set(v.korttid_behov)] : [],
  };
}
