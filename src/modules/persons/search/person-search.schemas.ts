import { z } from 'zod';
import { AgencySummary } from '../../agencies/index.ts';
import { NAME_MATCH_REASONS } from '../identity/name-similarity.ts';
import { PersonFull, PersonSummary } from '../persons.schemas.ts';
import { SEXES } from '../persons.tables.ts';

const Year = z.coerce.number().int().min(1900).max(2100);

export const PersonSearchQuery = z
  .strictObject({
    q: z.string().trim().min(1).max(200),
    birthYear: Year.optional(),
    birthYearFrom: Year.optional(),
    birthYearTo: Year.optional(),
    sex: z.enum(SEXES).optional(),
    province: z.string().trim().max(10).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine(
    (q) => q.birthYearFrom === undefined || q.birthYearTo === undefined || q.birthYearFrom <= q.birthYearTo,
    {
      path: ['birthYearTo'],
      message: 'birthYearTo must not be before birthYearFrom',
    },
  );
export type PersonSearchQuery = z.infer<typeof PersonSearchQuery>;

/** Why a hit matches: the name comparison's reasons, then the identity number, birth year, sex and province. */
export const MATCH_REASONS = [
  ...NAME_MATCH_REASONS,
  'id_number',
  'birth_year_agrees',
  'birth_year_differs',
  'sex_agrees',
  'sex_differs',
  'province_agrees',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** A hit the searcher may not read: only that the owner holds a record that may match, and whom to ask. */
const PointerHit = z.object({
  level: z.literal('pointer'),
  id: z.uuid(),
  ownerAgency: AgencySummary,
  score: z.number(),
});
const ReadableHit = z.object({
  level: z.enum(['summary', 'full']),
  score: z.number(),
  reasons: z.array(z.enum(MATCH_REASONS)),
  person: z.discriminatedUnion('level', [PersonSummary, PersonFull]),
});

export const PersonSearchResult = z.object({
  items: z.array(z.union([PointerHit, ReadableHit])),
});
