/**
 * A synthetic import file for the import benchmark: `rows` rows, two per person (a granted
 * korttid and a langtid ventelistevedtak), valid synthetic fødselsnummer (month + 80,
 * individual numbers 500–999, which the demo data never uses).
 */
import { syntheticFnr } from '../db/fnr.ts';

const HEADER = 'navn;fodselsnummer;bydel;mottatt;type;behov;utfall;vedtaksdato;prioritet;prioritet_begrunnelse;begrunnelse';

/** Distinct valid synthetic numbers, in a fixed order. */
function* fnrs(): Generator<string> {
  for (let year = 1925; ; year++) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 28; day++) {
        for (let individual = 500; individual < 1000; individual += 7) {
          const fnr = syntheticFnr({ year, month, day }, individual);
          if (fnr) yield fnr;
        }
      }
    }
  }
}

/** The CSV text, header included. Dates lie in 2025, so the vedtak are never in the future. */
export function syntheticImportCsv(rows: number): string {
  const lines = [HEADER];
  const numbers = fnrs();
  let fnr = '';
  for (let i = 0; i < rows; i++) {
    const person = Math.floor(i / 2);
    if (i % 2 === 0) fnr = numbers.next().value!;
    const name = `Bench Person ${person}`;
    const month = String(1 + (person % 12)).padStart(2, '0');
    const line = i % 2 === 0
      ? [name, fnr, 'Sentrum', `2025-${month}-02`, 'korttid', 'rehabilitering', 'innvilget', `2025-${month}-05`, '1', 'Etter fall', 'Trenger opptrening etter brudd.']
      : [name, fnr, 'Sentrum', `2025-${month}-03`, 'langtid', '', 'ventelistevedtak', `2025-${month}-20`, '2', 'Bor alene', '"Kan ikke bo hjemme; trenger tilsyn om natten."'];
    lines.push(line.join(';'));
  }
  return lines.join('\n');
}
