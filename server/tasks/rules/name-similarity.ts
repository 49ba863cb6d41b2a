/**
 * Are two registered names likely the same person? A small, documented normalisation and an
 * edit distance (fastest-levenshtein), used by the duplicate-person correction.
 */
import { distance } from 'fastest-levenshtein';

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

/**
 * Lower case, accents removed (é → e, ü → u), æ/ø/å spelt ae/o/a, hyphens and punctuation as
 * spaces, and the name parts sorted: «Ås-Nilsen, Kåre» and «Kare Aas Nilsen» differ only by
 * «as» / «aas». Sorting makes «Etternavn Fornavn» equal to «Fornavn Etternavn».
 */
export function nameParts(name: string): string[] {
  const plain = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[æøåß]/g, (c) => LETTERS[c] ?? c);
  return plain.split(/[^a-z]+/).filter(Boolean).sort();
}

/** Edit distance allowed for a normalised name of this length: one typo per six letters, at least one. */
const allowedEdits = (length: number) => Math.max(1, Math.floor(length / 6));

/**
 * True when the names are equal after normalisation, differ by at most one edit per six
 * letters (a typo, aa for å), or one is the other with a middle name left out (the shorter has
 * at least two parts, all in the longer).
 */
export function similarNames(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.length === 0 || pb.length === 0) return false;
  const ja = pa.join(' ');
  const jb = pb.join(' ');
  if (distance(ja, jb) <= allowedEdits(Math.max(ja.length, jb.length))) return true;
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  return short.length >= 2 && short.length < long.length && short.every((part) => long.includes(part));
}
