/** Shared by the import route tests: rows of a valid file and an upload as htmx sends it. */
import type { DemoAppAs } from '../../test/support/demo-app.ts';

export const HEADER = 'navn;fodselsnummer;bydel;mottatt;type;behov;utfall;vedtaksdato;prioritet;prioritet_begrunnelse;begrunnelse';

type RowOptions = Partial<Record<'type' | 'behov' | 'utfall' | 'mottatt' | 'vedtaksdato' | 'prioritet', string>>;

/** One valid row (a langtid ventelistevedtak unless varied). */
export const row = (name: string, fnr: string, over: RowOptions = {}) =>
  [name, fnr, 'Sentrum', over.mottatt ?? '02.11.2026', over.type ?? 'langtid', over.behov ?? '', over.utfall ?? 'ventelistevedtak',
    over.vedtaksdato ?? '16.11.2026', over.prioritet ?? '2,0', 'Bor alene', '"Kan ikke bo hjemme; trenger tilsyn om natten"'].join(';');

/** Posts the file as the page's htmx form does (token in the header). */
export function uploadAs(ctx: DemoAppAs) {
  return (content: string | Uint8Array, name = 'vedtak.csv') => {
    const form = new FormData();
    form.append('fil', new Blob([content as BlobPart], { type: 'text/csv' }), name);
    return fetch(`${ctx.app.server.url}/import`, { method: 'POST', body: form, headers: { cookie: ctx.client.cookie, 'x-csrf-token': ctx.client.csrfToken, 'hx-request': 'true' } });
  };
}
