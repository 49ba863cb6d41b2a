/** Referat: the meeting's minutes. MinutesDocument is what gets frozen; MinutesPage frames it. */
import type { MeetingDecision } from '../../db/queries/meetings.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { days, formatDate, formatDateTime, formatKind, formatNok } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import type { GuaranteeLine, HospitalLine, MeetingInfo } from './meeting-types.ts';
import { interimLabel } from '../proposals/interim-words.tsx';

export interface MinutesView {
  meeting: MeetingInfo;
  generatedAt: Date;
  placed: MeetingDecision[];
  rejected: MeetingDecision[];
  openGuarantee: GuaranteeLine[];
  openHospital: HospitalLine[];
}

const STATUS_TEXT: Record<string, string> = { reserved: 'Reservert', admitted: 'Innskrevet', cancelled: 'Kansellert senere' };

/** The decision's own words (`Avvist: …`, `Overstyrt: …`) apart from the planner's explanation. */
export function splitReason(reason: string | null): { why: string; decision: string | null } {
  const lines = (reason ?? '').split('\n');
  const last = lines.at(-1) ?? '';
  if (/^(Avvist|Overstyrt|Overstyring|Kansellert): /.test(last)) return { why: lines.slice(0, -1).join('\n'), decision: last };
  return { why: lines.join('\n'), decision: null };
}

/** Who issued the minutes and when; null for a draft. */
export interface MinutesIssue { at: Date; by: string }

/** The minutes themselves: no links, buttons or navigation, so the frozen copy is a document. */
export function MinutesDocument({ minutes, issued }: { minutes: MinutesView; issued: MinutesIssue | null }) {
  const { meeting } = minutes;
  const onForslag = [...minutes.placed, ...minutes.rejected].filter((d) => d.onForslag).length;
  return (
    <article class="minutes" lang="nb">
      <header class="minutes-head">
        <h1 class="ds-heading" data-size="lg">Referat fra tildelingsmøte {meeting.weekLabel}</h1>
        <p class="ds-paragraph">Møtet startet {formatDateTime(meeting.heldAt)}. {issued ? `Referatet ble fastsatt ${formatDateTime(issued.at)} av ${issued.by}.` : `Utkast laget ${formatDateTime(minutes.generatedAt)} – ikke fastsatt.`}</p>
        {onForslag > 0 && <p class="ds-paragraph">Med {onForslag === 1 ? 'én beslutning' : `${onForslag} beslutninger`} om ukas forslag tatt på Forslag samme dag, merket «avgjort på Forslag».</p>}
        <h2 class="ds-heading" data-size="sm">Deltakere</h2>
        <p class="ds-paragraph">{meeting.participants.join(', ') || 'Ingen registrert.'}</p>
      </header>
      <section class="minutes-section">
        <h2 class="ds-heading" data-size="sm">Tildelte plasser ({minutes.placed.length})</h2>
        {minutes.placed.length === 0 ? <p class="ds-paragraph">Ingen plasser ble tildelt i møtet.</p> : <DecisionTable rows={minutes.placed} showStatus />}
      </section>
      <section class="minutes-section minutes-break">
        <h2 class="ds-heading" data-size="sm">Avviste og overstyrte forslag ({minutes.rejected.length})</h2>
        {minutes.rejected.length === 0 ? <p class="ds-paragraph">Ingen forslag ble avvist.</p> : <DecisionTable rows={minutes.rejected} />}
      </section>
      <section class="minutes-section minutes-break">
        <h2 class="ds-heading" data-size="sm">Åpne saker</h2>
        <OpenItems guarantee={minutes.openGuarantee} hospital={minutes.openHospital} />
      </section>
    </article>
  );
}

function DecisionTable({ rows, showStatus }: { rows: MeetingDecision[]; showStatus?: boolean }) {
  return (
    <table class="ds-table minutes-table" data-border data-size="sm">
      <thead><tr><th>Enhet</th><th>Dato</th><th>Person</th><th>Begrunnelse</th></tr></thead>
      <tbody>
        {rows.map((r) => {
          const { why, decision } = splitReason(r.reason);
          return (
            <tr key={r.allocationId}>
              <td>{r.unitName} ({r.unitCode})</td>
              <td>{formatDate(r.date)}</td>
              <td>{r.personName}<br /><span class="muted">prioritet {r.priority}{r.interim ? ` · ${interimLabel(r.kind).toLowerCase()}` : ''}{showStatus && STATUS_TEXT[r.status] ? ` · ${STATUS_TEXT[r.status]}` : ''}{r.onForslag ? ' · avgjort på Forslag' : ''}</span></td>
              <td class="reason">{decision && <strong>{decision}</strong>}{decision && why && <br />}{why && <span class="muted">{why}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OpenItems({ guarantee, hospital }: { guarantee: GuaranteeLine[]; hospital: HospitalLine[] }) {
  return (
    <>
      <h3 class="ds-heading" data-size="xs">Over garantitiden uten plass ({guarantee.length})</h3>
      {guarantee.length === 0 ? <p class="ds-paragraph">Ingen.</p> : (
        <ul class="minutes-list">{guarantee.map((g) => <li key={g.entryId}>{g.label} – {formatKind(g.kind).toLowerCase()}, prioritet {g.priority}, garantidato {formatDate(g.guaranteeDate)} ({g.daysLeft === 0 ? 'i dag' : `${days(-g.daysLeft)} over`})</li>)}</ul>
      )}
      <h3 class="ds-heading" data-size="xs">Sykehuspasienter som fortsatt venter ({hospital.length})</h3>
      {hospital.length === 0 ? <p class="ds-paragraph">Ingen.</p> : (
        <ul class="minutes-list">{hospital.map((h) => (
          <li key={h.personId}>{h.label} – {h.dischargeReadyDate && h.status === 'utskrivningsklar' ? `utskrivningsklar ${formatDate(h.dischargeReadyDate)}` : `innlagt ${formatDate(h.admittedDate)}`}
            {h.overligger.days > 0 && `, ${days(h.overligger.days)} overliggerdøgn (${formatNok(h.overligger.nok)})`}</li>
        ))}</ul>
      )}
    </>
  );
}

export interface MinutesPageProps {
  user: SessionUser; csrfToken: string; available: readonly NavId[]; meetingId: number;
  /** The frozen minutes as issued, or null for a draft rendered from today's data. */
  frozenHtml: string | null;
  draft: MinutesView | null;
  error?: string;
}

export function MinutesPage({ user, csrfToken, available, meetingId, frozenHtml, draft, error }: MinutesPageProps) {
  return (
    <Layout title="Referat fra tildelingsmøte" user={user} csrfToken={csrfToken} active="mote" available={available}>
      <div class="minutes-tools no-print">
        <a class="ds-link" href={`/tildelingsmote/${meetingId}`}>Tilbake til møtet</a>
        {frozenHtml ? <span class="ds-tag" data-color="success">Fastsatt – vises slik det ble fastsatt</span> : <span class="ds-tag" data-color="warning">Utkast</span>}
        {!frozenHtml && user.role === 'koordinator' && (
          <form method="post" action={`/tildelingsmote/${meetingId}/referat/fastsett`}>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <button type="submit" class="ds-button" data-variant="primary">Fastsett referat</button>
          </form>
        )}
      </div>
      {error && <div class="ds-alert no-print" data-color="danger" role="alert">{error}</div>}
      {frozenHtml !== null ? <div class="minutes-frozen" dangerouslySetInnerHTML={{ __html: frozenHtml }} /> : draft && <MinutesDocument minutes={draft} issued={null} />}
    </Layout>
  );
}
