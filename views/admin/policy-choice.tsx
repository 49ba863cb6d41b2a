/** The settings' choice of planning policy: each named weighting with what it does and its weights. */
import { NAMED_POLICIES, PLANNING_POLICIES, type PolicyWeights } from '../../db/queries/planning-policy.ts';
import { FieldError } from '../components/field-error.tsx';
import { days, formatNumber } from '../format.ts';
import { POLICY_WORDS } from './policy-words.ts';

/** A policy's weights in words: weights, not kroner. */
export const weightsText = (w: PolicyWeights): string =>
  `ventedag ${formatNumber(w.waitingDayNok[1])} / ${formatNumber(w.waitingDayNok[2])} / ${formatNumber(w.waitingDayNok[3])} (prioritet 1 / 2 / 3), `
  + `garantibrudd ${formatNumber(w.guaranteeBreachNok)}, dag over garantitid ${formatNumber(w.guaranteeLateDayNok)}, `
  + `ikke ønsket plass ${formatNumber(w.nonPreferredNok)}; ${days(w.tailDays)} etter planperioden`;

export function PolicyChoice({ value, error }: { value: string; error?: string }) {
  return (
    <fieldset class="ds-fieldset policy-choice" aria-describedby={['policy-hint', error ? 'f-planningPolicy-error' : ''].filter(Boolean).join(' ')}>
      <legend class="ds-heading" data-size="xs">Vekting i planleggingen</legend>
      <p class="ds-paragraph" data-size="sm" id="policy-hint">
        Hva planleggeren legger mest vekt på når den foreslår hvem som får hvilken plass. Bare overliggerdøgn er kroner
        (nasjonal sats); de andre tallene er vekter målt mot et overliggerdøgn.
      </p>
      {PLANNING_POLICIES.map((policy) => {
        const id = `f-planningPolicy-${policy}`;
        const named = policy === 'egendefinert' ? null : NAMED_POLICIES[policy];
        return (
          <div class="ds-field" key={policy}>
            <input class="ds-input" type="radio" id={id} name="planningPolicy" value={policy} checked={value === policy}
              aria-describedby={`${id}-about`} aria-invalid={error ? 'true' : undefined} />
            <label class="ds-label" for={id}>{POLICY_WORDS[policy].label}</label>
            <div class="ds-paragraph field-hint" data-size="sm" id={`${id}-about`}>
              {POLICY_WORDS[policy].about}{named && <> <span class="muted">Vekter: {weightsText(named)}.</span></>}
            </div>
          </div>
        );
      })}
      <FieldError id="f-planningPolicy-error" message={error} />
    </fieldset>
  );
}
