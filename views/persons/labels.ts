/** Norwegian labels for the person pages. */
import { capitalize, KIND_WORDS, TAG_WORDS } from '../format.ts';

export const KIND_LABELS: Readonly<Record<string, string>> = KIND_WORDS;

export const OUTCOME_LABELS: Record<string, { text: string; color: string }> = {
  innvilget: { text: 'Innvilget', color: 'success' },
  ventelistevedtak: { text: 'Ventelistevedtak', color: 'warning' },
  avslag: { text: 'Avslag', color: 'neutral' },
};

export const WAIT_LABELS: Record<string, { text: string; color: string }> = {
  waiting: { text: 'Venter', color: 'info' },
  reserved: { text: 'Plass reservert', color: 'success' },
  admitted: { text: 'Innskrevet', color: 'success' },
  withdrawn: { text: 'Trukket fra ventelisten', color: 'neutral' },
  deceased: { text: 'Død', color: 'neutral' },
};

export const ALLOCATION_LABELS: Record<string, string> = {
  proposed: 'Foreslått', reserved: 'Reservert', admitted: 'Innskrevet', cancelled: 'Kansellert', rejected: 'Avvist',
};

export const HOSPITAL_LABELS: Record<string, string> = {
  innlagt: 'Innlagt', utskrivningsklar: 'Utskrivningsklar', utskrevet: 'Utskrevet', avmeldt: 'Avmeldt',
};

/** Where an applicant is when the application comes in (applications.applicant_location). */
export const LOCATION_LABELS: Record<string, string> = { hjemme: 'Hjemme', sykehus: 'På sykehus', korttid: 'På korttidsplass' };

export const PRIORITY_LABELS: Record<number, string> = { 1: '1 – høy', 2: '2 – middels', 3: '3 – lav' };

/** What each dated event in the timeline says (registrations read as their audit action, see views/action-words.ts). */
export const EVENT_LABELS: Record<string, string> = {
  'application.received': 'Søknad mottatt',
  'application.decided': 'Vedtak fattet',
  'hospital.admitted': 'Innlagt på sykehus',
  'hospital.discharge-ready': 'Utskrivningsklar',
  'hospital.utskrevet': 'Utskrevet fra sykehus',
  'hospital.avmeldt': 'Avmeldt fra sykehuset',
  'hospital.innlagt': 'Innlagt på sykehus',
  'hospital.utskrivningsklar': 'Utskrivningsklar',
  'unit.from': 'Flyttet inn',
  'unit.to': 'Flyttet ut',
  'allocation.proposed': 'Plass foreslått',
  'allocation.reserved': 'Plass reservert',
  'allocation.admitted': 'Innskrevet',
  'allocation.cancelled': 'Plass kansellert',
  'allocation.rejected': 'Forslag avvist',
};

/** Which place kind a need belongs to, as the form's hint. */
const TAG_HINTS: Record<string, string> = { skjermet: ' (langtid)', rehabilitering: ' (korttid)' };

/** Needs a vedtak can require, as the form's checkbox labels, in the order the form shows them. */
export const TAG_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(TAG_WORDS).map(([tag, words]) => [tag, `${capitalize(words)}${TAG_HINTS[tag] ?? ''}`]));

export const APPEAL_LABELS: Record<string, string> = {
  statsforvalteren: 'Klage til Statsforvalteren innen 4 uker',
  lokal: 'Klage til kommunen innen 3 uker',
};
