import type { Clause } from './explain-admission';
import { finalDay, freedBedTaker, placeUserText, type ExplainContext } from './explain-context';
import { priorityClause, type PriorityIndex } from './explain-priority';
import { breath, dateText, overliggerText, tagList, unitName } from './explain-text';

/**
 * The why of interim stay `i` (korttidsopphold i påvente av langtidsplass, v2): where and from
 * when to when the person waits for its own place, the overliggerdøgn that spares a hospital
 * patient, who gets the korttid bed after the person moves on, and, if a higher-priority person
 * still waits for a korttid bed, who that is and why.
 */
export function explainInterim(ctx: ExplainContext, index: PriorityIndex, i: number): string {
  const { snapshot } = ctx;
  const x = ctx.interim[i]!;
  const a = snapshot.applicants[x.applicant]!;
  const t = ctx.terms[x.applicant]!;
  const d = finalDay(ctx, x.applicant);
  const fromHospital = a.location.type === 'hospital';
  const head =
    `${a.id} venter på egen plass på ${unitName(snapshot, x.unit)} fra ${dateText(snapshot, x.day)}` +
    (d < Infinity ? ` til ${dateText(snapshot, d)}` : ' ut planperioden') +
    (fromHospital ? ' i stedet for på sykehuset' : '');
  const out: Clause[] = [];
  const saved = Math.min(d, snapshot.horizonDays) - Math.max(x.day, t.ready);
  if (fromHospital && saved > 0) out.push({ rank: 0, text: `sparer ${overliggerText(saved, t.overliggerPerDay)}` });
  const user = ctx.ledger.releaseUser.get(x.applicant);
  if (user !== undefined) {
    const verb = user.type === 'booking' ? 'holdes sengen av til' : 'går sengen til';
    out.push({ rank: 1, text: `deretter ${verb} ${placeUserText(ctx, user)}` });
  }
  const needs = a.interim?.requires ?? [];
  if (needs.length > 0) out.push({ rank: 1, text: `trenger ${tagList(needs)} i mellomtiden` });
  const skip = new Set([freedBedTaker(ctx, x.applicant) ?? -1]);
  const ahead = priorityClause(ctx, index, { ...x, interim: true }, skip);
  out.sort((p, q) => p.rank - q.rank);
  return breath(head, out.slice(0, ahead ? 1 : 2).map((c) => c.text), ahead?.text);
}
