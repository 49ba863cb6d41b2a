/**
 * The region htmx swaps: the period picker and the figures of one period (or why there
 * are none). Its heading takes focus after a swap and the live region says what is shown
 * (static/swap-focus.js reads `data-focus` and `data-announce`).
 */
import type { FigureContentProps } from './figure-types.ts';
import { FigureSection, SECTIONS } from './figure-sections.tsx';
import { PeriodForm, REGION_ID } from './period-form.tsx';
import { RecordsNotice } from './records-notice.tsx';

export function FigureContent({ picker, data, formulas, error }: FigureContentProps) {
  const label = data?.current.period.label;
  return (
    // hx-history="false": htmx keeps no copy of the page in localStorage; the back button asks the server again.
    <div id={REGION_ID} class="figures-region" hx-history="false">
      <PeriodForm picker={picker} error={error} selected={data?.current.period.id} />
      {error || !data ? (
        <div class="ds-alert" data-color="danger">
          <h2 class="ds-heading" data-size="xs">Perioden kan ikke vises</h2>
          <p class="ds-paragraph">{error?.message}</p>
        </div>
      ) : (
        <>
          <h2 class="ds-heading" data-size="lg" id="nokkeltall-tittel" tabindex={-1} data-focus>{`Nøkkeltall for ${label}`}</h2>
          <p class="ds-sr-only" data-announce="polite">{`Viser nøkkeltall for ${label}.`}</p>
          <p class="ds-paragraph figures-lead">
            {`Sammenlignet med ${data.previous.period.label}. Tallene er samlet for hele kontoret; ingen personer vises.`}
          </p>
          <RecordsNotice since={data.recordsSince} shown={data.current.period} compared={data.previous.period} />
          {SECTIONS.map((spec) => <FigureSection key={spec.id} spec={spec} data={data} formula={formulas[spec.id]} />)}
        </>
      )}
    </div>
  );
}
