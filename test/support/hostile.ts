/**
 * Hostile input for the bad-input fuzz: malformed path ids, bodies the parsers refuse,
 * and form fields holding control characters or non-strings where text belongs.
 */
import { gzipSync } from 'node:zlib';
import { SETTING_FIELDS } from '../../views/admin/setting-fields.ts';

/** Path ids that are not a positive int4 written in plain digits. */
export const BAD_IDS = ['15.0', '0x0f', '99999999999', '2147483648', 'NaN', '%E0%A4%A', '-1', '1e1', '+15', '0', '015'];

/** Every field name any form of the app reads (extra ones are ignored by the forms that do not). */
export const FIELD_NAMES = [
  'navn', 'fodselsnummer', 'bydel', 'mottatt', 'type', 'behov', 'utfall', 'vedtaksdato', 'prioritet', 'prioritet_begrunnelse',
  'garantidato', 'garanti_begrunnelse', 'begrunnelse', 'tidligste_dato', 'foretrukket', 'utelukket', 'dato', 'innlagt',
  'utskrivningsklar', 'varslet', 'merknad', 'melding', 'arsak', 'person', 'enhet', 'uke', 'deltakere', 'brukernavn', 'passord',
  'neste', 'rolle', 'enheter', 'aar', 'sats', 'bruker', 'handling', 'fra', 'til', 'bemannede', 'belagt', 'ledige', 'reservert',
  'stengt', 'stengt_grunn', 'opphold', 'tildeling', 'avreise_dato_0', 'avreise_antall_0', 'avreise_person_0', 'q', 'ko', 'side',
  'kun_for', 'kun_for_sendt', 'kan_vente', 'kan_vente_sendt', 'korttid_behov', 'planningPolicy',
  ...SETTING_FIELDS.map((f) => f.key),
];

export interface HostileBody {
  name: string;
  headers: Record<string, string>;
  body: string | Blob;
  /** The status every logged-in request gets, whatever the route (the body never reaches it). */
  status?: number;
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const every = (value: (field: string) => string) => FIELD_NAMES.map((f) => `${encodeURIComponent(f)}=${encodeURIComponent(value(f))}`).join('&');
const json = (value: unknown) => JSON.stringify(Object.fromEntries(FIELD_NAMES.map((f) => [f, value])));

/** Bodies refused by the body parsers, before any route. */
export const PARSER_BODIES: HostileBody[] = [
  { name: 'a form above 200 kB', headers: { 'content-type': FORM }, body: `begrunnelse=${'x'.repeat(210_000)}`, status: 413 },
  { name: 'malformed JSON', headers: { 'content-type': JSON_TYPE }, body: '{"navn": "Åse', status: 400 },
  { name: 'an unknown charset', headers: { 'content-type': `${FORM}; charset=klingon` }, body: 'navn=Åse', status: 415 },
  { name: 'a body that is not gzip', headers: { 'content-type': FORM, 'content-encoding': 'gzip' }, body: 'navn=%C3%85se', status: 400 },
  { name: 'a truncated gzip body', headers: { 'content-type': FORM, 'content-encoding': 'gzip' }, body: new Blob([gzipSync('navn=%C3%85se').subarray(0, 12)]), status: 400 },
  { name: 'an unknown content encoding', headers: { 'content-type': FORM, 'content-encoding': 'klingon' }, body: 'navn=Åse', status: 415 },
];

/** Bodies the parsers accept whose fields no form may accept. */
export const FIELD_BODIES: HostileBody[] = [
  { name: 'NUL bytes in every field', headers: { 'content-type': FORM }, body: every(() => 'Gyldig\u0000tekst 2026-11-23') },
  { name: 'a control character in every field', headers: { 'content-type': FORM }, body: every(() => 'Gyldig\u0007tekst') },
  { name: 'every field twice', headers: { 'content-type': FORM }, body: `${every(() => 'a')}&${every(() => 'b')}` },
  { name: 'objects in JSON', headers: { 'content-type': JSON_TYPE }, body: json({ toString: 1 }) },
  { name: 'arrays of objects in JSON', headers: { 'content-type': JSON_TYPE }, body: json([{ valueOf: 1 }, ['x']]) },
  { name: 'huge numbers in JSON', headers: { 'content-type': JSON_TYPE }, body: json(99_999_999_999) },
  { name: 'a JSON array as the body', headers: { 'content-type': JSON_TYPE }, body: '[1, 2, 3]' },
];

const QUERY_NAMES = ['q', 'side', 'bruker', 'person', 'fra', 'til', 'handling', 'visning', 'navn', 'melding', 'neste'];
const QUERY_VALUES = ['%00', '%07', '99999999999', 'NaN', '%E0%A4%A', '15.0'];

/**
 * Query strings for every GET: each hostile value in every name a page reads, at once
 * (`ko` alone: an unknown queue is refused before anything else is read).
 */
export const HOSTILE_QUERIES = [
  '?uke=0000-W01', '?uke=2026-W00', '?uke=2026-W54', '?uke=99999-W01', '?uke=2026-W1',
  ...QUERY_VALUES.map((v) => `?${QUERY_NAMES.map((n) => `${n}=${v}`).join('&')}`),
  `?${QUERY_NAMES.map((n) => `${n}=a&${n}=b`).join('&')}`, `?${QUERY_NAMES.map((n) => `${n}[x]=1`).join('&')}`,
  ...QUERY_VALUES.map((v) => `?ko=${v}`), '?ko=a&ko=b',
];
