import { and, desc, or, type SQL, sql } from 'drizzle-orm';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { foldVietnamese } from '../../../text/vietnamese.ts';
import { type AccessLevel, accessRank, levelOfRank, viewerOf, visibleTo } from '../../sharing/index.ts';
import { normalizeDocumentNumber } from '../identity/identity-documents.ts';
import { compareNames } from '../identity/name-similarity.ts';
import { splitPersonName } from '../identity/person-name.ts';
import { auditPersonsRead } from '../person-read-audit.ts';
import { type PersonRow, persons } from '../persons.tables.ts';
import type { MatchReason, PersonSearchQuery } from './person-search.schemas.ts';

/** How many candidates the database hands to the scorer: the trigram pre-selection, best first. */
const CANDIDATES = 200;

export type SearchHit = {
  person: PersonRow;
  level: Exclude<AccessLevel, 'none'>;
  score: number;
  reasons: MatchReason[];
};

/** A query that may be an identity number: 6–20 letters and digits once spaces and dots are gone, five digits in a row. */
const looksLikeDocumentNumber = (q: string) => {
  const number = normalizeDocumentNumber(q);
  return /^[A-Z0-9]{6,20}$/.test(number) && /\d{5}/.test(number);
};

/**
 * The persons whose name, other name or identity number may be the one asked for, among those the viewer reads at
 * all (pointer included): a trigram pre-selection in the database (any diacritics, any order, a typo, a missing
 * middle name), then a score in [0, 1] per candidate from the name comparison (a common surname weighs little),
 * the identity number, and the birth year, sex and province asked for, with the reasons.
 */
export const searchPersons = async (ctx: RequestContext, query: PersonSearchQuery): Promise<SearchHit[]> => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const folded = foldVietnamese(query.q);
  const documentNumber = looksLikeDocumentNumber(query.q) ? normalizeDocumentNumber(query.q) : null;
  const similarity = sql<number>`greatest(similarity(${persons.nameFolded}, ${folded}), similarity(${persons.aliasesText}, ${folded}))`;
  const matches: SQL[] = [
    sql`${persons.nameFolded} % ${folded}`,
    sql`${persons.aliasesText} % ${folded}`,
    ...(documentNumber ? [sql`${persons.idNumbers} @> array[${documentNumber}]::text[]`] : []),
  ];
  // `%` keeps names whose trigram similarity reaches pg_trgm's threshold (0.3 by default), through the GIN indexes.
  const rows = await db
    .select({ person: persons, rank: accessRank(viewer, persons, 'persons'), similarity })
    .from(persons)
    .where(and(or(...matches), visibleTo(viewer, persons, 'persons')))
    .orderBy(desc(similarity), persons.id)
    .limit(CANDIDATES);
  const asked = splitPersonName(query.q);
  const hits = rows.map(({ person, rank }) => {
    const level = levelOfRank(Number(rank)) as SearchHit['level'];
    const scored = scoreCandidate(person, asked, documentNumber, query);
    return { person, level, ...scored };
  });
  const kept = hits
    .filter((hit) => hit.level === 'pointer' || passesFilters(hit.person, query))
    .sort((a, b) => b.score - a.score || a.person.nameFolded.localeCompare(b.person.nameFolded))
    .slice(0, query.limit);
  await auditPersonsRead(
    ctx,
    kept.map((hit) => hit.person),
    { action: 'search', detail: 'persons.search' },
  );
  return kept;
};

const passesFilters = (person: PersonRow, query: PersonSearchQuery): boolean => {
  const year = person.birthYear;
  if (query.birthYear !== undefined && year !== null && year !== query.birthYear) return false;
  if (query.birthYearFrom !== undefined && year !== null && year < query.birthYearFrom) return false;
  if (query.birthYearTo !== undefined && year !== null && year > query.birthYearTo) return false;
  if (query.sex && person.sex !== 'unknown' && person.sex !== query.sex) return false;
  if (query.province && person.provinceCode !== null && person.provinceCode !== query.province) return false;
  return true;
};

const scoreCandidate = (
  person: PersonRow,
  asked: ReturnType<typeof splitPersonName>,
  documentNumber: string | null,
  query: PersonSearchQuery,
): { score: number; reasons: MatchReason[] } => {
  if (documentNumber && person.idNumbers.includes(documentNumber))
    return { score: 1, reasons: ['id_number'] };
  const names = compareNames(asked, splitPersonName(person.fullName), {
    aliasesOfB: person.aliases.map((alias) => splitPersonName(alias)),
  });
  let score = names.score;
  const reasons: MatchReason[] = [...names.reasons];
  const wanted = query.birthYear;
  if (wanted !== undefined && person.birthYear !== null) {
    const agrees = person.birthYear === wanted;
    score = agrees ? Math.min(1, score + 0.05) : score * 0.6;
    reasons.push(agrees ? 'birth_year_agrees' : 'birth_year_differs');
  }
  if (query.sex && person.sex !== 'unknown') {
    const agrees = person.sex === query.sex;
    if (!agrees) score *= 0.5;
    reasons.push(agrees ? 'sex_agrees' : 'sex_differs');
  }
  if (query.province && person.provinceCode === query.province) reasons.push('province_agrees');
  return { score: Math.round(score * 1000) / 1000, reasons };
};
