/**
 * What a simulated year must look like: each figure with what the seeds (and national
 * figures) report and the range a year of the demo municipality (about 90,000 people)
 * must fall in. The calibration test and README.md use this table.
 */
import type { YearFigures } from './measure.ts';

/** One calibrated figure. */
export interface Target {
  figure: string;
  /** What the sources say, for the side-by-side table. */
  source: string;
  range: readonly [number, number];
  read: (f: YearFigures) => number;
}

const totalVedtak = (f: YearFigures) => f.vedtakTotal;
const upheldShare = (f: YearFigures) => (f.appealsDecided === 0 ? 1 : f.appealsUpheld / f.appealsDecided);

/** The figures a simulated year is checked against. */
export const TARGETS: Target[] = [
  { figure: 'utskrivningsklare pasienter', source: '≈ 17 per 1,000 a year (1,530); one office 1,546', range: [1300, 1800], read: (f) => f.dischargeReady },
  { figure: '… of them to an institution', source: '511 (one office, 2024)', range: [420, 620], read: (f) => f.toInstitution },
  { figure: 'overliggerdøgn', source: '941 (one office, 2024)', range: [500, 1500], read: (f) => f.overliggerdogn },
  { figure: 'langtid guarantee breaches (share)', source: 'target < 5 %; one office 32 %', range: [0, 0.4], read: (f) => f.langtidBreachShare },
  { figure: 'korttid vedtak within 14 days (share)', source: 'target: under 14 days', range: [0.85, 1], read: (f) => f.withinTarget.korttid },
  { figure: 'langtid vedtak within 30 days (share)', source: 'target: under 30 days', range: [0.8, 1], read: (f) => f.withinTarget.langtid },
  { figure: 'refused (share of vedtak)', source: '62 of 3,548; 77 of 6,100 (1.3–1.7 %)', range: [0.005, 0.05], read: (f) => f.refused / totalVedtak(f) },
  { figure: 'langtid admissions', source: '≈ 145 places, median survival 2.2 years', range: [25, 65], read: (f) => f.admissions.langtid },
  { figure: 'korttid occupancy', source: 'free korttid beds take hospital patients from day one', range: [0.7, 0.95], read: (f) => f.occupancy.korttid },
  { figure: 'langtid occupancy', source: 'long-term places are full', range: [0.93, 1], read: (f) => f.occupancy.langtid },
  { figure: 'appeals received', source: '16 of 3,548 vedtak (0.45 %) of all services; ≈ 5 for our ≈ 1,150', range: [2, 15], read: (f) => f.appeals },
  { figure: 'appeals per 1,000 vedtak', source: '4.5 (16 of 3,548)', range: [1.5, 12], read: (f) => (1000 * f.appeals) / totalVedtak(f) },
  { figure: 'appeals decided by the appeal body', source: '13 of 16', range: [1, 12], read: (f) => f.appealsDecided },
  { figure: '… of them stadfestet (share)', source: '9 of 13 (2 opphevet, 2 omgjort)', range: [0.5, 1], read: upheldShare },
  { figure: 'appeals the office changed itself', source: '16 received, 13 decided above', range: [0, 4], read: (f) => f.appealsChangedByOffice },
  { figure: 'foreløpig svar sent', source: 'every case over four weeks', range: [1, 40], read: (f) => f.provisionalReplies },
  { figure: 'allocation meetings', source: 'weekly', range: [51, 53], read: (f) => f.meetings },
];

/** Each target with the measured figure and whether it is in range. */
export function compareWithTargets(figures: YearFigures): { figure: string; source: string; range: string; measured: number; ok: boolean }[] {
  return TARGETS.map((t) => {
    const measured = t.read(figures);
    return { figure: t.figure, source: t.source, range: `${t.range[0]}–${t.range[1]}`, measured: Math.round(measured * 1000) / 1000, ok: measured >= t.range[0] && measured <= t.range[1] };
  });
}
