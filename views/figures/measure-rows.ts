/**
 * Each section's measures as rows of this period against the one before: pure reading of
 * two Figures, matched by kind (a kind missing in one period reads as nothing there).
 */
import type { DischargeDestination, Figures } from '../../db/figures/types.ts';
import type { PlaceKind } from '../../db/schema.ts';
import { formatKind, formatPercent } from '../format.ts';
import type { MeasureRow } from './comparison-table.tsx';

type Pair = { current: Figures; previous: Figures };
const KINDS: PlaceKind[] = ['korttid', 'langtid', 'bofellesskap'];

/** The kinds either period has rows for, in the usual order. */
function kindsIn<T extends { kind: PlaceKind }>(a: T[], b: T[]): PlaceKind[] {
  return KINDS.filter((k) => a.some((r) => r.kind === k) || b.some((r) => r.kind === k));
}

function byKind<T extends { kind: PlaceKind }>(pick: (f: Figures) => T[], { current, previous }: Pair,
  measures: { label: string; unit: MeasureRow['unit']; read: (row: T) => number | null; target?: (kind: PlaceKind) => string | undefined }[]): MeasureRow[] {
  const [now, before] = [pick(current), pick(previous)];
  return kindsIn(now, before).flatMap((kind) => measures.map((m) => {
    const a = now.find((r) => r.kind === kind);
    const b = before.find((r) => r.kind === kind);
    return { label: `${formatKind(kind)}: ${m.label}`, unit: m.unit, current: a ? m.read(a) : null, previous: b ? m.read(b) : null, target: m.target?.(kind) };
  }));
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

export function vedtakRows(pair: Pair): MeasureRow[] {
  return byKind((f) => f.vedtak, pair, [
    { label: 'innvilget', unit: 'count', read: (r) => r.innvilget },
    { label: 'ventelistevedtak', unit: 'count', read: (r) => r.ventelistevedtak },
    { label: 'avslag', unit: 'count', read: (r) => r.avslag },
    { label: 'i alt', unit: 'count', read: (r) => r.total },
  ]);
}

export function caseTimeRows(pair: Pair): MeasureRow[] {
  const days = (f: Figures) => (kind: PlaceKind) => `høyst ${f.targets.caseDays[kind]} dager`;
  return byKind((f) => f.caseTime, pair, [
    { label: 'vedtak', unit: 'count', read: (r) => r.count },
    { label: 'median', unit: 'days', read: (r) => r.medianDays, target: days(pair.current) },
    { label: '90-persentil', unit: 'days', read: (r) => r.p90Days },
    { label: 'andel innen målet', unit: 'pct', read: (r) => r.withinTargetPct },
  ]);
}

/** Breaches of all kinds together, then by kind; the target is the same for every kind. */
export function guaranteeRows(pair: Pair): MeasureRow[] {
  const target = `høyst ${formatPercent(pair.current.targets.guaranteeBreachPct)}`;
  const total = (f: Figures) => f.guarantees.reduce((s, r) => ({ due: s.due + r.due, breached: s.breached + r.breached }), { due: 0, breached: 0 });
  const [a, b] = [total(pair.current), total(pair.previous)];
  return [
    { label: 'Alle: garantier som forfalt', unit: 'count', current: a.due, previous: b.due },
    { label: 'Alle: brudd', unit: 'count', current: a.breached, previous: b.breached },
    { label: 'Alle: andel brudd', unit: 'pct', current: share(a.breached, a.due), previous: share(b.breached, b.due), target },
    ...byKind((f) => f.guarantees, pair, [
      { label: 'brudd', unit: 'count', read: (r) => r.breached },
      { label: 'andel brudd', unit: 'pct', read: (r) => r.breachPct, target: () => target },
    ]),
  ];
}

export function overliggerRows({ current, previous }: Pair): MeasureRow[] {
  return [
    { label: 'Overliggerdøgn', unit: 'count', current: current.overligger.days, previous: previous.overligger.days },
    { label: 'Kostnad', unit: 'nok', current: current.overligger.nok, previous: previous.overligger.nok },
    { label: 'Per 1 000 innbyggere', unit: 'decimal', current: current.overligger.per1000, previous: previous.overligger.per1000 },
  ];
}

export const DESTINATION_WORDS: Record<DischargeDestination, string> = {
  korttid: 'Til korttidsplass', langtid: 'Til langtidsplass', bofellesskap: 'Til bofellesskap', hjem: 'Hjem', avmeldt: 'Avmeldt', venter: 'Venter fortsatt',
};

export function dischargeRows({ current, previous }: Pair): MeasureRow[] {
  const count = (f: Figures, d: DischargeDestination) => f.discharged.rows.find((r) => r.destination === d)?.count ?? 0;
  return [
    { label: 'Meldt utskrivningsklare', unit: 'count', current: current.discharged.total, previous: previous.discharged.total },
    ...(Object.keys(DESTINATION_WORDS) as DischargeDestination[]).map((d): MeasureRow => ({
      label: DESTINATION_WORDS[d], unit: 'count', current: count(current, d), previous: count(previous, d),
    })),
  ];
}

export function waitingAtEndRows(pair: Pair): MeasureRow[] {
  return byKind((f) => f.waitingAtEnd, pair, [
    { label: 'venter hjemme', unit: 'count', read: (r) => r.hjemme },
    { label: 'venter på korttidsplass', unit: 'count', read: (r) => r.korttid },
    { label: 'venter på sykehus', unit: 'count', read: (r) => r.sykehus },
    { label: 'i alt', unit: 'count', read: (r) => r.total },
  ]);
}

/** All priorities first, then each priority, for every kind. */
export function waitingTimeRows({ current, previous }: Pair): MeasureRow[] {
  const kinds = kindsIn(current.waitingTime, previous.waitingTime);
  const find = (f: Figures, kind: PlaceKind, priority: 1 | 2 | 3 | null) => f.waitingTime.find((r) => r.kind === kind && r.priority === priority);
  return kinds.flatMap((kind) => ([null, 1, 2, 3] as const).flatMap((priority) => {
    const [a, b] = [find(current, kind, priority), find(previous, kind, priority)];
    if (!a && !b) return [];
    const who = `${formatKind(kind)}${priority === null ? '' : `, prioritet ${priority}`}`;
    return [
      { label: `${who}: innflyttinger`, unit: 'count', current: a?.count ?? null, previous: b?.count ?? null },
      { label: `${who}: median`, unit: 'days', current: a?.medianDays ?? null, previous: b?.medianDays ?? null },
      { label: `${who}: 90-persentil`, unit: 'days', current: a?.p90Days ?? null, previous: b?.p90Days ?? null },
    ] satisfies MeasureRow[];
  }));
}

export function occupancyRows(pair: Pair): MeasureRow[] {
  return byKind((f) => f.occupancy, pair, [
    { label: 'plasser', unit: 'count', read: (r) => r.places },
    { label: 'beleggsprosent', unit: 'pct', read: (r) => r.occupancyPct },
    { label: 'opphold startet', unit: 'count', read: (r) => r.staysStarted },
    { label: 'opphold avsluttet', unit: 'count', read: (r) => r.staysEnded },
    { label: 'døgn per opphold', unit: 'decimal', read: (r) => r.daysPerStay },
    { label: 'sirkulasjon', unit: 'decimal', read: (r) => (r.kind === 'korttid' ? r.turnover : null) },
  ]).filter((row) => !row.label.endsWith('sirkulasjon') || row.label.startsWith('Korttid'));
}

export function appealRows({ current, previous }: Pair): MeasureRow[] {
  const rows: [string, keyof Figures['appeals']][] = [
    ['Klager mottatt', 'received'], ['Vurdert på nytt, vedtaket står', 'reassessedKept'], ['Vurdert på nytt, vedtaket endret', 'reassessedChanged'],
    ['Sendt til klageinstansen', 'sent'], ['Stadfestet', 'stadfestet'], ['Opphevet', 'opphevet'], ['Omgjort', 'omgjort'], ['Åpne ved periodens slutt', 'openAtEnd'],
  ];
  return rows.map(([label, key]) => ({ label, unit: 'count', current: current.appeals[key], previous: previous.appeals[key] }));
}
