// The blocking keys of batch matching: two records are compared only when they share one. Each kind of key stands
// for a kind of noise the same person's records show across forces, and says which pairs of its block are worth
// comparing (docs/bench-persons.md).
import type { PersonName } from '../identity/person-name.ts';
import { listFoldedTokens } from '../identity/person-name.ts';
import type { PreparedPerson } from './pair-score.ts';

/**
 * The kinds of key, by the pairs of a block that matter: `id` and `name` every pair (a shared identity number; the
 * same folded name or nickname in any order), `middle` pairs with another number of middle names (one left out),
 * `given`, `surname` and `middleTypo` pairs whose given name, surname or middle names differ (one typo).
 */
export const KEY_KINDS = ['id', 'name', 'middle', 'given', 'surname', 'middleTypo'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];
export type BlockingKey = { kind: KeyKind; key: string };

/** The word itself and every form of it with one letter left out: two words one edit apart share one of them. */
export const listDeletionVariants = (word: string): string[] => {
  const variants = new Set([word]);
  if (word.length < 3) return [...variants];
  for (let i = 0; i < word.length; i += 1) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
};

const sortedTokens = (name: PersonName): string => [...listFoldedTokens(name)].sort().join(' ');

/** The keys of a record; the birth year is part of every name key ("?" when unknown). */
export const listBlockingKeys = (person: PreparedPerson): BlockingKey[] => {
  const year = person.birthYear === null ? '?' : String(person.birthYear);
  const keys: BlockingKey[] = person.idNumbers.map((number) => ({ kind: 'id', key: number }));
  for (const name of [person.name, ...person.aliasNames]) {
    keys.push({ kind: 'name', key: `${sortedTokens(name)}|${year}` });
  }
  const { surname, middle, given } = person.name.folded;
  if (given === '' || surname === '') return keys;
  const middles = middle.join(' ');
  keys.push({ kind: 'middle', key: `${surname}|${given}|${year}` });
  for (const variant of listDeletionVariants(given)) {
    keys.push({ kind: 'given', key: `${surname}|${variant}|${year}` });
  }
  for (const variant of listDeletionVariants(surname)) {
    keys.push({ kind: 'surname', key: `${variant}|${given}|${year}` });
  }
  if (middles !== '') {
    for (const variant of listDeletionVariants(middles)) {
      keys.push({ kind: 'middleTypo', key: `${surname}|${variant}|${given}|${year}` });
    }
  }
  return keys;
};

/** FNV-1a, 32 bits: keys are hashed so that millions of them sort as numbers; a collision only adds a comparison. */
export const hashKey = (key: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};
