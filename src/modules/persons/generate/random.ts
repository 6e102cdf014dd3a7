// A small seeded random source (sfc32, Chris Doty-Humphrey's "small fast counting" generator) and the draws the
// person generator needs. Never Math.random: the same seed must give byte-identical output.

/** Returns a number in [0, 1), the next of a seeded sequence. */
export type Random = () => number;

const TWO_TO_32 = 4294967296;

/** A 32-bit integer bijection with good avalanche (the finaliser of MurmurHash3), to spread small seeds. */
const mix32 = (value: number): number => {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

/**
 * A random source for one stream of one seed: person n of seed s draws from `createRandom(s, n)`, so a person is the
 * same whatever the count, and distinct (seed, stream) pairs start from distinct states.
 */
export const createRandom = (seed: number, stream = 0): Random => {
  let a = mix32(seed);
  let b = mix32(stream ^ 0x9e3779b9);
  let c = mix32(a ^ Math.imul(b, 0x85ebca6b));
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / TWO_TO_32;
  };
  // The recommended warm-up: the first outputs of sfc32 still echo the seed.
  for (let i = 0; i < 12; i += 1) {
    next();
  }
  return next;
};

/** An integer in [min, max], both included. */
export const drawInteger = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** True with probability `probability`. */
export const isDrawn = (random: Random, probability: number): boolean => random() < probability;

/** One element of a non-empty list, each equally likely. */
export const drawOne = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('drawOne needs a non-empty list');
  }
  return item;
};

/** Values with their cumulative weights, built once so that each draw is a binary search. */
export type WeightedList<T> = { values: readonly T[]; cumulative: Float64Array; total: number };

/** Builds a weighted list from `[value, weight]` pairs; weights are relative and need not sum to 1. */
export const createWeightedList = <T>(entries: readonly (readonly [T, number])[]): WeightedList<T> => {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  if (entries.length === 0 || total <= 0) {
    throw new Error('a weighted list needs at least one positive weight');
  }
  return { values: entries.map(([value]) => value), cumulative, total };
};

/** One value of a weighted list, each as likely as its weight. */
export const drawWeighted = <T>(random: Random, list: WeightedList<T>): T => {
  const target = random() * list.total;
  let low = 0;
  let high = list.values.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list.cumulative[middle] ?? 0) > target) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return list.values[low] as T;
};

/**
 * Parses a table written as data, `"Hùng 35, Dũng 30, Cu Tèo 2"`: entries separated by commas, each a text and its
 * relative weight as the last word. Keeps long frequency tables readable.
 */
export const parseWeightedEntries = (text: string): [string, number][] =>
  text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry): [string, number] => {
      const cut = entry.lastIndexOf(' ');
      const weight = Number(entry.slice(cut + 1));
      if (cut <= 0 || !(weight > 0)) {
        throw new Error(`bad weighted entry "${entry}"`);
      }
      return [entry.slice(0, cut).normalize('NFC'), weight];
    });

/** A weighted list written as data (see `parseWeightedEntries`). */
export const parseWeightedText = (text: string): WeightedList<string> =>
  createWeightedList(parseWeightedEntries(text));
