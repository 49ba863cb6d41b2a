/**
 * The Årsrapport's result tables: targets against results, waiting time to a place, and
 * occupancy and turnover. Part of report-tables.ts (the one module that fills the cells).
 */
import type { Figures } from '../../db/figures/types.ts';
import { formatKind } from '../format.ts';
import { count, decimal, pct, type ReportRow, type ReportTable } from './report-table-types.ts';

const yesNo = (reached: boolean | null): string => (reached === null ? '–' : reached ? 'Ja' : 'Nei');

/** «Mål og resultater»: saksbehandlingstid against its target by kind, and langtid guarantee breaches against theirs. */
export function goalsTable({ caseTime, guarantees, targets }: Figures): ReportTable {
  const rows: ReportRow[] = caseTime.flatMap((c) => {
    const kind = formatKind(c.kind).toLowerCase();
    return [
      { cells: [`Saksbehandlingstid ${kind}, median (dager)`, count(c.targetDays), decimal(c.medianDays), count(c.count), yesNo(c.medianDays === null ? null : c.medianDays <= c.targetDays)] },
      { cells: [`Vedtak ${kind} innen ${c.targetDays} dager (%)`, pct(null), pct(c.withinTargetPct), count(c.count), '–'] },
    ];
  });
  const langtid = guarantees.find((g) => g.kind === 'langtid');
  if (langtid) {
    rows.push({
      cells: ['Brudd på garantien, langtid (%)', pct(targets.guaranteeBreachPct), pct(langtid.breachPct), count(langtid.due),
        yesNo(langtid.breachPct === null ? null : langtid.breachPct < targets.guaranteeBreachPct)],
    });
    rows.push({ cells: ['Brudd på garantien, langtid (antall)', count(null), count(langtid.breached), count(langtid.due), '–'] });
  }
  return {
    id: 'mal-og-resultater', title: 'Mål og resultater',
    columns: ['Mål', 'Måltall', 'Resultat', 'Grunnlag (antall)', 'Nådd'],
    rows,
    note: `Saksbehandlingstid: fra søknaden kom til vedtak, kalenderdager; målet er nådd når medianen er innenfor måltallet. Garantibrudd: innvilgede langtidsvedtak med garantidato i perioden uten innflytting innen datoen; målet er under ${targets.guaranteeBreachPct}\u00a0%.`,
  };
}

/** «Ventetid til plass»: vedtak → innflytting for the admissions in the period, by kind and priority. */
export function waitingTimeTable({ waitingTime }: Figures): ReportTable {
  return {
    id: 'ventetid', title: 'Ventetid til plass',
    columns: ['Tjeneste', 'Prioritet', 'Innflyttinger', 'Median (dager)', '90-persentil (dager)'],
    rows: waitingTime.map((w) => ({
      cells: [formatKind(w.kind), w.priority === null ? 'Alle' : String(w.priority), count(w.count), decimal(w.medianDays), decimal(w.p90Days)],
      total: w.priority === null,
    })),
    note: 'Dager fra vedtak til innflytting, for dem som flyttet inn i perioden. 90-persentil: ni av ti fikk plass innen så mange dager.',
  };
}

/** «Belegg og sirkulasjon»: KOSTRA's occupancy, korttid turnover (gjennomstrømming) and days per stay, by kind. */
export function occupancyTable({ occupancy }: Figures): ReportTable {
  return {
    id: 'belegg', title: 'Belegg og sirkulasjon',
    columns: ['Tjeneste', 'Plasser', 'Oppholdsdøgn', 'Belegg (%)', 'Opphold i perioden', 'Opphold avsluttet', 'Liggetid (døgn per opphold)', 'Brukere ved slutt', 'Sirkulasjon (opphold per bruker)'],
    rows: occupancy.map((o) => ({
      cells: [formatKind(o.kind), count(o.places), count(o.stayDays), pct(o.occupancyPct), count(o.staysInPeriod), count(o.staysEnded),
        decimal(o.daysPerStay), count(o.usersAtEnd), decimal(o.turnover)],
    })),
    note: 'Som SSB/KOSTRA regner: belegg = oppholdsdøgn ÷ dager i perioden ÷ plasser × 100, avlastning holdt utenfor. Sirkulasjon eller gjennomstrømming (bare korttid) = korttidsopphold med minst ett døgn i perioden ÷ brukere på korttid periodens siste dag. Liggetid: for opphold avsluttet i perioden.',
  };
}
