/** The audit log in words: what was done, to what, and which fields changed how. */
import type { AuditNames } from '../../db/queries/audit-names.ts';
import type { AuditRow } from '../../db/queries/audit-search.ts';
import { formatDate, formatDateTime, formatDepartures, formatKind, formatList, formatNok, formatNumber, formatTags } from '../format.ts';
import { APPEAL_OUTCOME_LABELS, REASSESSMENT_LABELS } from '../persons/appeal-labels.ts';
import { ALLOCATION_LABELS, APPEAL_LABELS, HOSPITAL_LABELS, LOCATION_LABELS, OUTCOME_LABELS, PRIORITY_LABELS, WAIT_LABELS } from '../persons/labels.ts';
import { runStatusText } from '../proposals/run-status.tsx';
import { QUEUE_LABELS } from '../queues/queue-filters.tsx';
import { SETTING_GROUPS } from './setting-fields.ts';
import { ROLE_LABELS } from './user-fields.tsx';
import type { PlanningPolicy } from '../../db/queries/planning-policy.ts';
import { POLICY_WORDS } from './policy-words.ts';

const ENTITY_WORDS: Record<string, string> = {
  person: 'Person', application: 'Vedtak', waitlist_entry: 'Venteliste', waitlist: 'Venteliste', hospital_stay: 'Sykehusopphold', unit_stay: 'Opphold',
  allocation: 'Tildeling', planning_run: 'Planleggingskjøring', place_report: 'Melding', meeting: 'Møte', settings: 'Innstillinger',
  overligger_rate: 'Døgnpris', import: 'Import', user: 'Bruker', unit: 'Enhet', partner_link: 'Partnerkobling', appeal: 'Klage', task: 'Oppgave',
};

/** What the entry is about, by name: «Bruker Kari Nordmann», «Møte uke fra 23.11.2026», «Planleggingskjøring 12». */
export function subjectText(row: AuditRow, names: AuditNames): string {
  const word = ENTITY_WORDS[row.entity] ?? row.entity;
  const id = row.entityId;
  const number = id !== null && /^\d{1,9}$/.test(id) ? Number(id) : null;
  const after = (row.after ?? {}) as Record<string, unknown>;
  switch (row.entity) {
    case 'user': return `${word} ${number !== null ? (names.users.get(number) ?? 'ukjent') : `«${id ?? ''}»`}`;
    case 'meeting': return number !== null && names.meetings.has(number) ? `Møte for uka fra ${formatDate(names.meetings.get(number))}` : word;
    case 'unit': return number !== null && names.units.has(number) ? `${word} ${names.units.get(number)}` : word;
    case 'planning_run': case 'overligger_rate': return id ? `${word} ${id}` : word;
    case 'place_report': return typeof after.unitId === 'number' ? `${word} fra ${names.units.get(after.unitId) ?? 'ukjent enhet'}` : word;
    case 'waitlist': return id && id in QUEUE_LABELS ? `${word} ${QUEUE_LABELS[id as keyof typeof QUEUE_LABELS]}` : word;
    case 'import': return typeof after.fileName === 'string' ? `${word} av ${after.fileName}` : word;
    default: return word;
  }
}

const SETTING_WORDS = Object.fromEntries(SETTING_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, `${g.title}: ${f.label}`])));

/** Field names as words; a field not named here is internal (ids, hashes) and not shown. */
const FIELD_WORDS: Record<string, string> = {
  status: 'Status', reason: 'Begrunnelse', statusReason: 'Begrunnelse', unitId: 'Enhet', unitIds: 'Enheter', leftUnitId: 'Flyttet fra',
  entryId: 'Søker', partnerEntryId: 'Sammen med', date: 'Dato', fromDate: 'Fra', toDate: 'Til', endReason: 'Årsak', priority: 'Prioritet', priorityReason: 'Begrunnelse for prioritet',
  displayName: 'Navn', username: 'Brukernavn', role: 'Rolle', active: 'Aktiv', name: 'Navn', fnr: 'Fødselsnummer', district: 'Bydel',
  kind: 'Type', requiredTags: 'Behov', outcome: 'Utfall', receivedDate: 'Søknad mottatt', decisionDate: 'Vedtaksdato',
  guaranteeDate: 'Garantidato', guaranteeOverrideReason: 'Begrunnelse for garantidato', earliestDate: 'Tidligst', appealRegime: 'Klage', reasoning: 'Begrunnelse for vedtaket',
  applicantLocation: 'Oppholdssted', interimReplySentDate: 'Foreløpig svar sendt', interimReplyExpectedDate: 'Vedtak ventet',
  preferredUnitIds: 'Ønskede enheter', excludedUnitIds: 'Uaktuelle enheter',
  interimAllowed: 'Kan vente på korttidsplass', interimTags: 'Behov under korttid', interimStays: 'Korttid mens de venter', onlyFor: 'Kun for',
  interim: 'Korttid i påvente av egen plass',
  planningPolicy: 'Vekting i planleggingen', policy: 'Vekting',
  admissions: 'Foreslåtte plasser', unplaced: 'Uten plass', total: 'Samlet vekt (modell)', error: 'Feil', nokPerDay: 'Døgnpris',
  participants: 'Deltakere', planningRunId: 'Planleggingskjøring', issuedAt: 'Fastsatt',
  staffedBeds: 'Bemannede senger', occupied: 'Belagt', freeNow: 'Ledige', reserved: 'Reservert', closed: 'Stengt for inntak',
  closedReason: 'Begrunnelse for stengning', note: 'Merknad', departures: 'Avganger', fileName: 'Fil', rows: 'Rader',
  pending: 'Under behandling', personsCreated: 'Nye personer', personsReused: 'Kjente personer', waiting: 'På venteliste',
  reviewDate: 'Revurderingsdato', applicationId: 'Vedtak', appealReceivedDate: 'Klage mottatt', vedtakReceivedDate: 'Vedtaket mottatt', reassessedDate: 'Vurdert',
  reassessmentResult: 'Tjenestekontorets vurdering', sentDate: 'Sendt klageinstansen', outcomeDate: 'Klagen avgjort',
  listed: 'Oppført fordi',
  admittedDate: 'Innlagt', dischargeReadyDate: 'Utskrivningsklar fra', notifiedAt: 'Varslet', endedDate: 'Avsluttet', endedReason: 'Årsak',
  ...SETTING_WORDS,
};

const STATUS_WORDS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(WAIT_LABELS).map(([k, v]) => [k, v.text])), ...ALLOCATION_LABELS, ...HOSPITAL_LABELS,
};

/** One field's value in words; ids become names. */
function valueText(key: string, value: unknown, names: AuditNames): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  const unit = (id: unknown) => names.units.get(id as number) ?? 'ukjent enhet';
  switch (key) {
    case 'unitId': case 'leftUnitId': return unit(value);
    case 'unitIds': case 'preferredUnitIds': case 'excludedUnitIds': return Array.isArray(value) && value.length ? formatList(value.map(unit)) : '–';
    case 'entryId': case 'partnerEntryId': return names.entries.get(value as number) ?? 'ukjent søker';
    case 'status': return STATUS_WORDS[String(value)] ?? runStatusText(String(value));
    case 'role': return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value);
    case 'kind': return formatKind(String(value));
    case 'planningPolicy': case 'policy': return POLICY_WORDS[value as PlanningPolicy]?.label ?? String(value);
    case 'requiredTags': case 'interimTags': case 'onlyFor': return Array.isArray(value) ? (value.length ? formatTags(value.map(String)) : '–') : String(value);
    case 'applicantLocation': return LOCATION_LABELS[String(value)] ?? String(value);
    case 'appealRegime': return APPEAL_LABELS[String(value)] ?? String(value);
    case 'outcome': return OUTCOME_LABELS[String(value)]?.text ?? APPEAL_OUTCOME_LABELS[String(value)]?.text ?? String(value);
    case 'reassessmentResult': return REASSESSMENT_LABELS[String(value)] ?? String(value);
    case 'applicationId': return `nr. ${String(value)}`;
    case 'priority': return PRIORITY_LABELS[value as number] ?? String(value);
    case 'departures': return Array.isArray(value) ? formatDepartures(value as { date: string; count: number }[]) : '–';
    case 'nokPerDay': return formatNok(Number(value));
    // The plan's total and the policy's weights are weights, not kroner: only overliggerdøgn are money.
    case 'total': return formatNumber(Number(value));
  }
  if (key.endsWith('Nok') && typeof value === 'number') return key === 'overliggerdognNok' ? formatNok(value) : formatNumber(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  if (Array.isArray(value)) return value.length ? formatList(value.map((v) => valueText('', v, names))) : '–';
  return typeof value === 'object' ? '…' : String(value);
}

/** A changed field: its name, and its value before and after (absent when the entry has no such side). */
export interface FieldChange { field: string; before?: string; after?: string }

/** The named fields that differ between before and after (all of them when one side is missing), in words. */
export function changedFields(row: Pick<AuditRow, 'before' | 'after'>, names: AuditNames): FieldChange[] {
  const side = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : null);
  const before = side(row.before);
  const after = side(row.after);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => k in FIELD_WORDS);
  return keys.flatMap((key) => {
    const was = before && key in before ? valueText(key, before[key], names) : undefined;
    const now = after && key in after ? valueText(key, after[key], names) : undefined;
    if (was === now || (was === undefined && now === '–') || (now === undefined && was === '–')) return [];
    return [{ field: FIELD_WORDS[key]!, ...(was !== undefined && { before: was }), ...(now !== undefined && { after: now }) }];
  });
}
