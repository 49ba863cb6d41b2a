/**
 * The period picker: a GET form (kind and period, works without JavaScript) and links to
 * the period before and after. With htmx each swaps the content region and keeps the
 * address bar in step.
 */
import { FieldError, invalid } from '../components/field-error.tsx';
import type { FigureContentProps, PeriodLink } from './figure-types.ts';

export const REGION_ID = 'nokkeltall';
const swap = { 'hx-target': `#${REGION_ID}`, 'hx-swap': 'outerHTML', 'hx-push-url': 'true' } as const;

export function PeriodForm({ picker, error, selected }: Pick<FigureContentProps, 'picker' | 'error'> & { selected?: string }) {
  const typeError = error?.field === 'type' ? error.message : undefined;
  const periodError = error?.field === 'periode' ? error.message : undefined;
  return (
    <div class="period-picker">
      <form class="period-form" method="get" action="/nokkeltall" hx-get="/nokkeltall" {...swap}>
        <div class="ds-field">
          <label class="ds-label" for="periode-type">Periodetype</label>
          <select class="ds-input" id="periode-type" name="type" {...invalid('periode-type', typeError)}>
            {Object.entries(picker.kindLabels).map(([kind, label]) => <option key={kind} value={kind} selected={kind === picker.kind}>{label}</option>)}
          </select>
          <FieldError id="periode-type-feil" message={typeError} />
        </div>
        <div class="ds-field">
          <label class="ds-label" for="periode">Periode</label>
          <select class="ds-input" id="periode" name="periode" {...invalid('periode', periodError)}>
            {picker.choices.map((p) => <option key={p.id} value={p.id} selected={p.id === selected}>{p.label}</option>)}
          </select>
          <FieldError id="periode-feil" message={periodError} />
        </div>
        <button class="ds-button" type="submit">Vis</button>
      </form>
      <nav class="period-steps" aria-label="Periodene før og etter">
        <StepLink link={picker.previous} rel="prev" text="Forrige" />
        <StepLink link={picker.next} rel="next" text="Neste" />
      </nav>
    </div>
  );
}

function StepLink({ link, rel, text }: { link: PeriodLink | null; rel: 'prev' | 'next'; text: string }) {
  if (!link) return null;
  const href = `/nokkeltall?periode=${encodeURIComponent(link.id)}`;
  return (
    <a class="ds-link" href={href} rel={rel} hx-get={href} {...swap}>
      {rel === 'prev' ? '← ' : ''}{`${text}: ${link.label}`}{rel === 'next' ? ' →' : ''}
    </a>
  );
}
