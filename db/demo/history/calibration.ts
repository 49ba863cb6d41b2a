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

const totalVedtak = (f: YearFigures) => f.vedtak.korttid + f.vedtak.langtid + f.vedtak.bofellesskap;

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
  { figure: 'appeals received', source: '16 of 3,548 vedtak (0.45 %)', range: [1, 25], read: (f) => f.appeals },
  { figure: 'allocation meetings', source: 'weekly', range: [51, 53], read: (f) => f.meetings },
];

/** Each target with the measured figure and whether it is in range. */
export function compareWithTargets(figures: YearFigures): { figure: string; source: string; range: string; measured: number; ok: boolean }[] {
  return TARGETS.map((t) => {
    const measured = t.read(figures);
    return { figure: t.figure, source: t.source, range: `${t.range[0]}–${t.range[1]}`, measured: Math.round(measured * 1000) / 1000, ok: measured >= t.range[0] && measured <= t.range[1] };
  });
}
