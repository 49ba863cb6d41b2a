import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { KorttidView } from '../../db/queries/person-appeals.ts';
import { KorttidSection } from './korttid-section.tsx';

const view = (over: Partial<KorttidView>): KorttidView => ({
  year: 2026, days: 0, level: 'ok', warnDays: 50, limitDays: 60, openStay: null, ...over,
});
const html = (k: KorttidView) => render(<KorttidSection personId={7} korttid={k} csrfToken="t" />);

describe('korttid on the person page', () => {
  it('when the person has no korttid this year and no open stay, then nothing is shown', () => {
    expect(html(view({}))).toBe('');
  });

  it('when the count is at the warning, then it says the limit is near; over it, that it is billed as langtid', () => {
    expect(html(view({ days: 50, level: 'varsel' }))).toContain('nærmer seg 60 døgn');
    const over = html(view({ days: 61, level: 'over' }));
    expect(over).toContain('61 av 60');
    expect(over).toContain('over 60 døgn – betales som langtid');
  });

  it('when a korttid stay is open, then its review date shows with a form to change it, and an unset date says so', () => {
    const set = html(view({ days: 5, openStay: { id: 3, unitName: 'Korttid Fjellro', fromDate: '2026-11-19', reviewDate: '2026-12-03' } }));
    expect(set).toContain('03.12.2026');
    expect(set).toContain('action="/personer/7/opphold/3/revurdering"');
    expect(set).toContain('Endre revurderingsdato');
    expect(html(view({ days: 5, openStay: { id: 3, unitName: 'Korttid Fjellro', fromDate: '2026-11-19', reviewDate: null } }))).toContain('Ikke satt');
  });
});
