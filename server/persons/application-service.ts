/** Use cases of applications before the vedtak: what the person page shows, and a checked form as rows. */
import { caseClock } from '../../db/case-clock.ts';
import type { Db } from '../../db/client.ts';
import { listHandlers, listPendingApplications, type NewApplication } from '../../db/queries/applications.ts';
import type { PersonLocation } from '../../db/queries/person-page.ts';
import type { Settings } from '../../db/queries/settings.ts';
import type { ApplicantLocation } from '../../db/schema.ts';
import type { ApplicationSectionData, PendingView } from '../../views/persons/application-section.tsx';
import type { ApplicationInput } from './application-forms.ts';
import { appealRegimeFor } from './vedtak-rules.ts';

/**
 * Where the person is, as the page knows it: an open hospital stay, an open unit stay
 * (taken as korttid: who applies from an institution place is nearly always on korttid), or home.
 */
export const locationOf = (location: PersonLocation): ApplicantLocation =>
  location.type === 'hospital' ? 'sykehus' : location.type === 'unit' ? 'korttid' : 'hjemme';

/** Pending applications with their clock on `today`, oldest first; of one person when `personId` is given. */
export async function loadPending(db: Db, today: string, settings: Settings, personId?: number): Promise<PendingView[]> {
  const pending = await listPendingApplications(db, personId);
  return pending.map((a) => ({ ...a, clock: caseClock(a, today, settings) }));
}

/** The person page's section: pending applications, the handlers to choose from and the form's defaults. */
export async function loadApplicationSection(db: Db, personId: number, today: string, settings: Settings, userId: number, location: PersonLocation): Promise<ApplicationSectionData> {
  const [pending, handlers] = await Promise.all([loadPending(db, today, settings, personId), listHandlers(db)]);
  return { pending, handlers, defaultLocation: locationOf(location), currentUserId: userId };
}

/** A checked registration form as a pending application; the appeal regime follows the kind. */
export const toNewApplication = (personId: number, v: ApplicationInput): NewApplication => ({
  personId, receivedDate: v.mottatt, kind: v.type, requiredTags: [...new Set(v.behov)], applicantLocation: v.oppholdssted,
  handledBy: v.saksbehandler, appealRegime: appealRegimeFor(v.type),
});
