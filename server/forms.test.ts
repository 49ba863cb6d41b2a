import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idParam, listField, optionalTextField, textField } from './forms.ts';

const MAX_INT4 = 2_147_483_647;

describe('shared form fields', () => {
  it('when an id is written in plain digits within int4, then it is that number', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_INT4 }), (n) => {
      expect(idParam.safeParse(String(n)).data).toBe(n);
    }));
  });

  it('when an id is written any other way or lies outside int4, then it is refused', () => {
    for (const text of ['15.0', '0x0f', '015', '+15', '1e1', ' 15', '15 ', '-1', '0', 'NaN', 'Infinity', '2147483648', '99999999999', '', '١٥']) {
      expect(idParam.safeParse(text).success, text).toBe(false);
    }
    for (const value of [undefined, null, 15.5, -3, 2 ** 31, Number.NaN, { toString: () => '15' }, { toString: 1 }, ['15'], true]) {
      expect(idParam.safeParse(value).success, String(typeof value)).toBe(false);
    }
  });

  it('when any text is given as an id, then it is accepted exactly when it is the canonical digits of an int4 id', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+-]?0*\d{1,12}(\.0)?$/)), (text) => {
      const parsed = idParam.safeParse(text);
      const canonical = /^[1-9]\d*$/.test(text) && Number(text) <= MAX_INT4;
      expect(parsed.success).toBe(canonical);
    }));
  });

  it('when text holds NUL or another control character, then the field refuses it; tab and line breaks are kept', () => {
    const reason = textField('Skriv en begrunnelse.');
    for (const text of ['Lang\u0000tekst', 'Lang\u0007tekst', 'Lang\u001btekst', 'Lang\u007ftekst']) {
      expect(reason.safeParse(text).error?.issues[0]?.message, JSON.stringify(text)).toBe('Teksten inneholder tegn som ikke er tillatt.');
      expect(optionalTextField().safeParse(text).success).toBe(false);
    }
    expect(reason.safeParse('Første linje\r\n\tandre linje').success).toBe(true);
  });

  it('when an object or array comes where text belongs, then the field fails with its message instead of throwing', () => {
    const form = z.object({ begrunnelse: textField('Skriv en begrunnelse.'), merknad: optionalTextField(), behov: listField(z.string()) });
    const result = form.safeParse({ begrunnelse: { toString: 1 }, merknad: ['a', 'b'], behov: { toString: 1 } });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['begrunnelse', 'Skriv en begrunnelse.'], ['merknad', 'Feltet må være tekst.'], ['behov', 'Velg fra listen.'],
    ]);
  });
});
