import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../format.ts';
import { monthFigures } from '../test-figures.ts';
import { describeSeries, type MonthPoint } from './describe-series.ts';
import { breachSeries, overliggerSeries } from './figure-series.ts';
import { CHART, chartScales, MonthChart } from './month-chart.tsx';

/** Twelve months, breaches 1…12 of 20 due in January–December 2026 except March (none due). */
const months = Array.from({ length: 12 }, (_, i) => monthFigures(2026, i + 1, { breached: [2, 1, 0, 1, 0, 3, 1, 0, 0, 1, 0, 1][i]!, due: i === 2 ? 0 : 20 }));
const attr = (html: string, name: string) => Number(new RegExp(`class="chart-target-line"[^>]*${name}="([\\d.]+)"`).exec(html)?.[1]);

describe('A monthly chart', () => {
  const target = { value: 5, direction: 'max' as const, label: 'Mål: høyst 5 %' };
  const points = breachSeries(months);
  const html = render(<MonthChart id="g" title="Andel garantibrudd per måned" variant="line" points={points} format={formatPercent} valueHeading="Andel brudd" target={target} />);

  it('when a target is given, then its line is drawn across the plot at the target value, and labelled', () => {
    // Highest month 15 % (3 of 20), with room above: the axis goes to 18 %, so 5 % is 5/18 up from the bottom.
    const { y } = chartScales(points, target);
    expect(y.domain()).toEqual([0, 18]);
    const bottom = CHART.height - CHART.bottom;
    expect(attr(html, 'y1')).toBeCloseTo(bottom - ((bottom - CHART.top) * 5) / 18, 6);
    expect(attr(html, 'y2')).toBe(attr(html, 'y1'));
    expect(attr(html, 'x1')).toBe(CHART.left);
    expect(attr(html, 'x2')).toBe(CHART.width - CHART.right);
    expect(html).toContain('>Mål: høyst 5 %</text>');
  });

  it('when it is drawn, then it is an image named by its title and text alternative, and the numbers are in a table', () => {
    expect(html).toContain('role="img" aria-labelledby="g-title g-desc"');
    expect(html).toContain('<title id="g-title">Andel garantibrudd per måned</title>');
    expect(html).toContain('<caption>Tall per måned: andel garantibrudd</caption>');
    expect(html).toContain('<th scope="row">jan.\u00a026</th><td>10\u00a0%</td><td>Nei</td>');
    expect(html).toContain('<th scope="row">feb.\u00a026</th><td>5\u00a0%</td><td>Ja</td>');
    expect(html).toContain('<th scope="row">juni\u00a026</th><td>15\u00a0%</td><td>Nei</td>');
    expect(html).toContain('<th scope="row">mars\u00a026</th><td>–</td><td>–</td>');
    // Missed months are hollow as well as red: not colour alone.
    expect(html.match(/class="chart-point chart-missed"/g)?.length).toBe(2);
  });

  it('when the series is described, then the text says the trend, the highest month and where the target was missed', () => {
    const desc = /<desc id="g-desc">([^<]+)<\/desc>/.exec(html)![1]!;
    expect(desc).toBe(describeSeries('Andel garantibrudd per måned', points, formatPercent, target));
    expect(desc).toContain('Andel garantibrudd per måned, jan.\u00a026 til des.\u00a026.');
    expect(desc).toContain('Utviklingen er fallende: fra 10\u00a0% i jan.\u00a026 til 5\u00a0% i des.\u00a026.');
    expect(desc).toContain('Høyest i juni\u00a026 med 15\u00a0%.');
    expect(desc).toContain('Målet er høyst 5\u00a0%: nådd 9 av 11 måneder, ikke nådd i jan.\u00a026 og juni\u00a026.');
    expect(desc).toContain('Én måned uten tall.');
  });

  it('when every month met the target and the numbers rise, then the text says so', () => {
    const rising: MonthPoint[] = [1, 2, 3, 4].map((v, i) => ({ month: `2026-0${i + 1}`, label: `m${i + 1}`, value: v }));
    expect(describeSeries('Brudd', rising, String, { value: 5, direction: 'max' }))
      .toBe('Brudd, m1 til m4. Utviklingen er stigende: fra 1 i m1 til 4 i m4. Høyest i m4 med 4. Målet er høyst 5: nådd alle 4 måneder med tall.');
    expect(describeSeries('Brudd', [{ month: '2026-01', label: 'm1', value: null }], String)).toBe('Brudd, m1 til m1: ingen måneder med tall.');
  });

  it('when it is a bar chart, then each month is a bar from the axis up to its value, with no target line when none is given', () => {
    const bars = render(<MonthChart id="o" title="Overliggerdøgn per måned" variant="bar" points={overliggerSeries(months.slice(0, 2))} format={(v) => `${v} døgn`} valueHeading="Overliggerdøgn" />);
    const { y } = chartScales(overliggerSeries(months.slice(0, 2)));
    expect(bars.match(/<rect class="chart-bar"/g)?.length).toBe(2);
    expect(bars).toContain(`y="${y(30)}" height="${y(0) - y(30)}"`);
    expect(bars).not.toContain('chart-target-line');
    expect(bars).toContain('<title>jan.\u00a026: 30 døgn</title>');
  });
});
