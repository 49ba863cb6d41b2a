/**
 * Invented people and places. Names are combined at random from common Norwegian
 * first and last names; with synthetic fødselsnummer, no one is a real person.
 */

export const DISTRICTS = ['Sentrum', 'Nordvik', 'Søråsen', 'Bekkestrand', 'Haugland', 'Østre Lund'] as const;

/** First names by generation: the elderly on korttid/langtid, the young in bofellesskap. */
export const FIRST_NAMES = {
  elderly: {
    female: ['Ingrid', 'Astrid', 'Solveig', 'Gerd', 'Randi', 'Bjørg', 'Ragnhild', 'Liv', 'Aud', 'Turid', 'Marit', 'Signe'],
    male: ['Olav', 'Arne', 'Kjell', 'Odd', 'Knut', 'Svein', 'Leif', 'Per', 'Harald', 'Rolf', 'Einar', 'Gunnar'],
  },
  young: {
    female: ['Nora', 'Ida', 'Sara', 'Ingvild', 'Thea', 'Maja', 'Hanne', 'Silje'],
    male: ['Jonas', 'Magnus', 'Sindre', 'Henrik', 'Eirik', 'Tobias', 'Kristian', 'Vegard'],
  },
} as const;

export const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
  'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
  'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund',
  'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Svendsen', 'Eide',
  'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Aasen',
] as const;
