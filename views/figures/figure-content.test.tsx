import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { FigureContent } from './figure-content.tsx';
import type { FigureContentProps } from './figure-types.ts';
import { monthFigures } from './test-figures.ts';

const picker: FigureContentProps['picker'] = {
  kind: 'month', kindLabels: { month: 'Måned', tertial: 'Tertial', year: 'År' },
  choices: [{ id: '2026-10', label: 'oktober 2026' }, { id: '2026-09', label: 'september 2026' }],
  previous: { id: '2026-09', label: 'september 2026' }, next: null,
};
const months = Array.from({ length: 12 }, (_, i) => monthFigures(i < 2 ? 2025 : 2026, i < 2 ? i + 11 : i - 1));
const data = { current: monthFigures(2026, 10, { breached: 3, overligger: 45 }), previous: monthFigures(2026, 9, { breached: 1, overligger: 30 }), months, recordsSince: '2025-10-02' };
const row = (html: string, label: string) => new RegExp(`<th scope="row">${label}</th>((?:<td[^>]*>[^<]*</td>)+)`).exec(html)?.[1]?.replace(/<td[^>]*>/g, '|').replace(/<\/td>/g, '');

describe('Nøkkeltall content', () => {
  const html = render(<FigureContent picker={picker} data={data} formulas={{ guarantees: [{ label: 'Andel brudd', formula: 'Brudd ÷ <forfalt> × 100.' }] }} />);

  it('when figures are shown, then each measure has this period, the one before, the change and the target', () => {
    expect(row(html, 'Alle: andel brudd')).toBe('|15\u00a0%|5\u00a0%|+10 prosentpoeng|høyst 5\u00a0%');
    expect(row(html, 'Overliggerdøgn')).toBe('|45|30|+15');
    expect(row(html, 'Kostnad')).toBe('|269\u00a0145 kr|179\u00a0430 kr|+89\u00a0715 kr');
    expect(row(html, 'Korttid: median')).toBe('|4 d|4 d|0 d|høyst 14 dager');
    expect(row(html, 'Til korttidsplass')).toBe('|9|9|0');
    expect(html).toContain('<th scope="col">oktober 2026</th><th scope="col">september 2026</th><th scope="col">Endring</th>');
  });

  it('when figures are shown, then every section has a heading, a captioned table, the formula in a details, escaped', () => {
    expect(html.match(/<section class="figure-section"/g)?.length).toBe(9);
    expect(html.match(/<caption>/g)!.length).toBeGreaterThanOrEqual(12);
    expect(html).toContain('<dt>Andel brudd</dt><dd>Brudd ÷ &lt;forfalt> × 100.</dd>');
    expect(html.match(/role="img"/g)?.length).toBe(3);
  });

  it('when the records start after the period or the one before begins, then a warning names them; otherwise none', () => {
    expect(html).not.toContain('records-notice');
    const late = render(<FigureContent picker={picker} data={{ ...data, recordsSince: '2026-09-15' }} formulas={{}} />);
    expect(late).toContain('Plassplan har registreringer fra 15.09.2026. Tiden før mangler, så september 2026 er ufullstendig, og endringen mot den sier mer om registreringene enn om kontoret.');
    const later = render(<FigureContent picker={picker} data={{ ...data, recordsSince: '2026-10-02' }} formulas={{}} />);
    expect(later).toContain('så oktober 2026 og september 2026 er ufullstendig, og endringen');
  });

  it('when the period is refused, then the field is marked and the message is shown, and no figures', () => {
    const refused = render(<FigureContent picker={picker} formulas={{}} error={{ field: 'periode', message: 'Periode: 2027 har ikke begynt ennå.' }} />);
    expect(refused).toContain('id="periode" name="periode" aria-invalid="true" aria-describedby="periode-feil"');
    expect(refused).toContain('<div class="ds-validation-message" data-color="danger" id="periode-feil" data-announce="assertive">Periode: 2027 har ikke begynt ennå.</div>');
    expect(refused).not.toContain('figure-section');
  });

  it('when there is no next period, then only the link back is offered; both carry htmx with an explicit target', () => {
    expect(html).toContain('<a class="ds-link" href="/nokkeltall?periode=2026-09" rel="prev" hx-get="/nokkeltall?periode=2026-09" hx-target="#nokkeltall" hx-swap="outerHTML" hx-push-url="true">');
    expect(html).not.toContain('rel="next"');
    expect(html).toContain('hx-get="/nokkeltall" hx-target="#nokkeltall"');
  });
});
