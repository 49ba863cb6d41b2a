import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, looksLikeFormula, toCsv } from './csv.ts';

describe('CSV for Norwegian Excel', () => {
  it('when a field holds a separator, a quote or a line break, then it is quoted with quotes doubled', () => {
    expect(csvField('Nord; Sør')).toBe('"Nord; Sør"');
    expect(csvField('Sa «hei» og "ja"')).toBe('"Sa «hei» og ""ja"""');
    expect(csvField('to\r\nlinjer')).toBe('"to\r\nlinjer"');
    expect(csvField('Åse Ærlig')).toBe('Åse Ærlig');
  });

  it('when a field looks like a formula, then Excel is given text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('-3')).toBe('-3');
  });

  it('when the file is made, then it starts with a BOM and ends every record in CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('when any text is written, then an RFC 4180 parser reads back the same fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Ø', ';', '"', '\n', '\r', ',', ' ', '=', '-', '1') });
    fc.assert(fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const width = rows[0]!.length;
      const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
      const parsed = parse(toCsv(table), { bom: true, delimiter: ';', relax_column_count: false }) as string[][];
      expect(parsed).toEqual(table.map((row) => row.map((v) => (looksLikeFormula(v) ? `'${v}` : v))));
    }));
  });
});
