import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  days, formatAge, formatClosed, formatCount, formatDate, formatDateTime, formatDayHeading, formatDayMonth, formatDepartures, formatFreeFrom, formatLongDate,
  formatNok, formatNumber, formatTag, formatTags, formatWait, osloDay, TAG_WORDS,
} from './format.ts';

/** Intl groups thousands with a no-break space; tests write it as a plain space for reading. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('numbers and kroner', () => {
  it('when a number or an amount is shown, then thousands are grouped the Norwegian way and kroner follow', () => {
    expect(plain(formatNumber(3412))).toBe('3 412');
    expect(plain(formatNumber(1234567.6))).toBe('1 234 568');
    expect(plain(formatNok(5981))).toBe('5 981 kr');
    expect(formatNok(0)).toBe('0 kr');
  });

  it('when a count is shown with its noun, then one takes the singular and every other count the plural', () => {
    expect(formatCount(1, 'ledig', 'ledige')).toBe('1 ledig');
    expect(formatCount(0, 'ledig', 'ledige')).toBe('0 ledige');
    expect(formatCount(3, 'ledig', 'ledige')).toBe('3 ledige');
    // Intl writes a real minus sign (U+2212).
    expect([1, 2, -1].map(days)).toEqual(['1 dag', '2 dager', '−1 dag']);
  });
});

describe('dates and times', () => {
  it('when a date is shown, then it reads day.month.year, short, or with the weekday', () => {
    expect(formatDate('2026-12-01')).toBe('01.12.2026');
    expect(formatDate(null)).toBe('–');
    expect(formatDayMonth('2026-12-11')).toBe('11.12.');
    expect(formatLongDate('2026-12-01')).toBe('tirsdag 1. desember');
    expect(formatDayHeading('2026-12-01')).toBe('Tirsdag 1. desember 2026');
  });

  it('when a moment is shown, then it is Oslo time, in winter and in summer', () => {
    expect(formatDateTime(new Date('2026-12-01T08:15:02Z'))).toBe('01.12.2026, 09:15');
    expect(formatDateTime(new Date('2026-07-01T08:15:02Z'), true)).toBe('01.07.2026, 10:15:02');
    expect(formatDateTime('2026-06-30T22:05:00Z')).toBe('01.07.2026, 00:05');
    expect(osloDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });

  it('when a report has an age, then it reads in words: minutes, hours and days with their nouns', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const ago = (minutes: number) => formatAge(new Date(now.getTime() - minutes * 60_000), now);
    expect([0, 1, 3, 60, 150, 60 * 24, 60 * 24 * 5].map(ago)).toEqual([
      'akkurat nå', 'for 1 minutt siden', 'for 3 minutter siden', 'for 1 time siden', 'for 2 timer siden', 'for 1 dag siden', 'for 5 dager siden',
    ]);
    expect(ago(-5)).toBe('akkurat nå');
  });

  it('when any age is shown, then it never says «0» or an abbreviation', () => {
    fc.assert(fc.property(fc.integer({ min: -10_000, max: 10_000_000 }), (seconds) => {
      const now = new Date('2026-12-01T12:00:00Z');
      const text = formatAge(new Date(now.getTime() - seconds * 1000), now);
      expect(text).not.toMatch(/\b0\b|\bmin\b|\bt\b/);
    }));
  });

  it('when a wait is under a minute, then it is in seconds; from a minute on, in minutes rounded up', () => {
    expect([1, 40, 60, 61, 900].map(formatWait)).toEqual(['1 sekund', '40 sekunder', '1 minutt', '2 minutter', '15 minutter']);
  });
});

describe('tags, closures and departures as words', () => {
  it('when a tag code is shown in text, then it reads as words, never with a dash', () => {
    expect(formatTag('psykisk-helse')).toBe('psykisk helse');
    expect(formatTag('barn-unge')).toBe('barn og unge');
    expect(formatTag('skjermet')).toBe('skjermet plass');
    expect(formatTag('ny-kode')).toBe('ny kode');
    expect(formatTags(['skjermet', 'psykisk-helse', 'barn-unge'])).toBe('skjermet plass, psykisk helse og barn og unge');
    expect(formatTags([])).toBe('–');
    for (const tag of Object.keys(TAG_WORDS)) expect(formatTag(tag)).not.toContain('-');
  });

  it('when a closure reason already says it is closed, then «Stengt for inntak» is not said twice', () => {
    expect(formatClosed('Norovirusutbrudd.')).toBe('Stengt for inntak: Norovirusutbrudd.');
    expect(formatClosed('Stengt for inntak på grunn av norovirusutbrudd.')).toBe('Stengt for inntak på grunn av norovirusutbrudd.');
    expect(formatClosed('stengt: vannskade')).toBe('Stengt: vannskade');
    expect(formatClosed(null)).toBe('Stengt for inntak');
  });

  it('when departures are announced, then they read «2 avganger varslet 11.12.»', () => {
    expect(formatDepartures([{ date: '2026-12-11', count: 2 }])).toBe('2 avganger varslet 11.12.');
    expect(formatDepartures([{ date: '2026-12-11', count: 1 }, { date: '2026-12-14', count: 3 }]))
      .toBe('1 avgang varslet 11.12., 3 avganger varslet 14.12.');
    expect(formatDepartures([])).toBe('–');
  });

  it('when the ledger frees places on later days, then they read «2 ledige fra 11.12.», whatever frees them', () => {
    expect(formatFreeFrom([{ date: '2026-12-11', count: 1 }, { date: '2026-12-14', count: 2 }])).toBe('1 ledig fra 11.12., 2 ledige fra 14.12.');
    expect(formatFreeFrom([])).toBe('–');
  });
});

describe('one formatting module', () => {
  it('when a view formats a number or a date, then it goes through format.ts: no other view calls toLocale… or Intl', () => {
    const root = new URL('.', import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx') && f !== 'format.ts');
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /\btoLocale\w*String\(|\bIntl\.|\.split\('-'\)\.reverse\(\)/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
