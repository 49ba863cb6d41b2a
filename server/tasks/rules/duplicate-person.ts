/** Correction: a person registered twice (same birth date from the fødselsnummer, similar name). */
import { asc } from 'drizzle-orm';
import { birthDateOf } from '../../../db/fnr.ts';
import { persons } from '../../../db/schema.ts';
import type { Task, TaskRule } from '../../../db/queries/tasks/task.ts';
import { personSubject } from './rule-helpers.ts';
import { similarNames } from './name-similarity.ts';

const birthKey = (fnr: string) => {
  const b = birthDateOf(fnr);
  return `${b.year}-${b.month}-${b.day}`;
};

/**
 * Pairs of persons with the same birth date (db/fnr.ts birthDateOf: D-nummer and synthetic
 * months handled) and similar names (name-similarity.ts). One item per pair, on the older
 * registration, keyed by both ids.
 */
export const duplicatePersonRule: TaskRule = {
  id: 'dobbeltregistrert',
  label: 'Person som kan være registrert to ganger (samme fødselsdato, lignende navn)',
  async find(db) {
    const rows = await db.select({ id: persons.id, name: persons.name, fnr: persons.fnr }).from(persons).orderBy(asc(persons.id));
    const byBirth = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = birthKey(row.fnr);
      byBirth.set(key, [...(byBirth.get(key) ?? []), row]);
    }
    const tasks: Task[] = [];
    for (const group of byBirth.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [first, second] = [group[i]!, group[j]!];
          if (!similarNames(first.name, second.name)) continue;
          tasks.push({
            key: `dobbeltregistrert:person:${first.id}-${second.id}`, rule: 'dobbeltregistrert', urgency: 'correction',
            subject: personSubject(first.id, first.name), dueDate: null, href: `/personer/${first.id}`,
            reason: `Har samme fødselsdato og lignende navn som «${second.name}» (person ${second.id}), registrert med et annet fødselsnummer.`,
          });
        }
      }
    }
    return tasks;
  },
};
