/** Korttid on the person page: days this calendar year against the limit, and the open stay's revurderingsdato. */
import type { KorttidView } from '../../db/queries/person-appeals.ts';
import { formatDate, formatNumber } from '../format.ts';
import { EMPTY_FORM, type FormState, InputField } from './fields.tsx';
import { ActionForm, hasErrors } from './status-forms.tsx';

interface Props { personId: number; korttid: KorttidView; state?: FormState; csrfToken: string }

export function KorttidSection({ personId, korttid, state = EMPTY_FORM, csrfToken }: Props) {
  const { openStay } = korttid;
  if (korttid.days === 0 && !openStay) return null;
  return (
    <section id="korttid" aria-labelledby="korttid-heading">
      <h2 class="ds-heading" data-size="md" id="korttid-heading">Korttid</h2>
      <dl class="facts">
        <dt>Korttidsdøgn i {korttid.year}</dt>
        <dd>{formatNumber(korttid.days)} av {formatNumber(korttid.limitDays)}{' '}<DaysTag korttid={korttid} /></dd>
        {openStay && <><dt>Opphold nå</dt><dd>{openStay.unitName} fra {formatDate(openStay.fromDate)}</dd></>}
        {openStay && <><dt>Revurderingsdato</dt><dd>{openStay.reviewDate ? formatDate(openStay.reviewDate) : 'Ikke satt'}</dd></>}
      </dl>
      {openStay && (
        <ActionForm action={`/personer/${personId}/opphold/${openStay.id}/revurdering`} csrfToken={csrfToken}
          label={openStay.reviewDate ? 'Endre revurderingsdato' : 'Sett revurderingsdato'} open={hasErrors(state)}>
          <InputField prefix="revurdering" name="revurderingsdato" type="date" label="Planlagt slutt eller revurdering" state={state}
            fallback={openStay.reviewDate ?? ''} />
        </ActionForm>
      )}
    </section>
  );
}

function DaysTag({ korttid }: { korttid: KorttidView }) {
  if (korttid.level === 'over') return <span class="ds-tag" data-color="danger">over {formatNumber(korttid.limitDays)} døgn – betales som langtid</span>;
  if (korttid.level === 'varsel') return <span class="ds-tag" data-color="warning">nærmer seg {formatNumber(korttid.limitDays)} døgn</span>;
  return null;
}
