import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSnapshot } from './plan';
import { validateSnapshot, type Snapshot } from './snapshot';

const example = (name: string): Snapshot => {
  const v = validateSnapshot(JSON.parse(readFileSync(new URL(`./cases/${name}.json`, import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(name);
  return v.snapshot;
};
const whyOf = async (name: string, id: string) => {
  const plan = await planSnapshot(example(name));
  return [...plan.admissions, ...plan.unplaced].find((x) => x.applicantId === id)!.why;
};

describe('explanations', () => {
  it('when a lower-priority person is placed first, then the why names the higher-priority person and the reason', async () => {
    expect(await whyOf('exclusion', 'P-2502')).toMatch(/prioritet 3 .*P-2501 \(prioritet 2\) skal ikke ha plass på Breidablikk helsehus, korttid 1/);
  });

  it('when a chain of two moves is planned, then the first move names the next link', async () => {
    expect(await whyOf('chain-of-two', 'P-2801')).toMatch(/holder garantien.*sengen blir ledig i morgen for P-2802/);
    expect(await whyOf('chain-of-two', 'P-2802')).toMatch(/sykehuspasient P-2803, som sparer 3 overliggerdøgn \(17 943 kr\)/);
  });

  it('when someone is left unplaced, then the why says who gets the places and what waiting costs', async () => {
    const why = await whyOf('guarantee-already-past', 'P-2201');
    expect(why).toMatch(/P-2202/);
    expect(why).toMatch(/garantifristen er allerede passert/);
    expect(why).toMatch(/14 700 kr/);
  });

  it('when a hospital patient gets a bed, then the why counts the overliggerdøgn saved', async () => {
    expect(await whyOf('shortage-priority', 'P-2702')).toMatch(/sparer 3 overliggerdøgn \(17 943 kr\)/);
  });
});
