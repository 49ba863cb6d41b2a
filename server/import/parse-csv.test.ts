import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from './columns.ts';
import { parseCsv, SLICE_CHARS } from './parse-csv.ts';

const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;
const encode = (text: string) => Buffer.from(text, 'utf8');

describe('parseCsv', () => {
  it('when any fields are quoted as RFC 4180 says, then every value and the line it starts on come back', async () => {
    // Fields with the delimiter, quotes, line breaks and characters outside the BMP; no edge spaces (they are trimmed).
    const field = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/\r/g, '').trim());
    const rowArb = fc.array(field, { minLength: COLUMN_NAMES.length, maxLength: COLUMN_NAMES.length });
    await fc.assert(fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 30 }), async (rows) => {
      const body = rows.filter((r) => r.some((f) => f !== ''));
      fc.pre(body.length > 0);
      const text = [COLUMN_NAMES.join(';'), ...body.map((r) => r.map(quote).join(';'))].join('\n');
      const result = await parseCsv(encode(text));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.rows.map((r) => COLUMN_NAMES.map((c) => r.values[c]))).toEqual(body);
      let line = 2;
      expect(result.rows.map((r) => r.line)).toEqual(body.map((r) => { const at = line; line += 1 + r.join('').split('\n').length - 1; return at; }));
    }), { numRuns: 60 });
  });

  it('when the file is larger than one slice and a slice ends inside a surrogate pair, then it reads whole', async () => {
    const header = COLUMN_NAMES.join(';');
    // The first slice ends after an odd number of name characters: in the middle of an emoji.
    const pad = (SLICE_CHARS - header.length - 1) % 2 === 1 ? '' : 'x';
    const name = `${pad}${'😀'.repeat(40_000)}`;
    const other = '"a;\nb"'; // one line break per field: a row spans as many lines as there are columns
    const text = [header, ...[0, 1, 2].map((i) => COLUMN_NAMES.map((c) => (c === 'navn' ? `${name}${i}` : other)).join(';'))].join('\n');
    const result = await parseCsv(encode(text));
    expect(result.ok && result.rows.map((r) => [r.line, r.values.navn])).toEqual([0, 1, 2].map((i) => [2 + i * COLUMN_NAMES.length, `${name}${i}`]));
  });

  it('when a quote is never closed, then the file is refused with the line', async () => {
    const result = await parseCsv(encode(`${COLUMN_NAMES.join(';')}\n"open;b`));
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('Filen kan ikke leses')] });
  });
});
