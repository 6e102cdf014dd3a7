import { and, arrayContains, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { insertRowsAsJson } from '../../db/bulk-insert.ts';
import { type Db, withTransaction } from '../../db/connect.ts';
import { facetOf } from '../../db/facets.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { recordChange, recordChanges } from '../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { dayOf } from '../agencies/index.ts';
import {
  type AccessLevel,
  accessRank,
  levelOfRank,
  readRecordAccess,
  viewerOf,
  visibleTo,
} from '../sharing/index.ts';
import { foldNames, readBirthDate, readIdentityDocuments } from './person-input.ts';
import { placeAddresses } from './person-place.ts';
import { auditPersonsRead } from './person-read-audit.ts';
import type { CreatePersonBody, PersonListQuery, UpdatePersonBody } from './persons.schemas.ts';
import { type NewPerson, type PersonRow, persons } from './persons.tables.ts';

/** The roles that record and change persons of their agency. */
const WRITER_ROLES = ['administrator', 'commander', 'liaison_officer', 'investigator'] as const;

/** Europol Art. 31: personal data is reviewed at least every three years from the start of its processing. */
const REVIEW_YEARS = 3;

const addYears = (day: string, years: number) =>
  `${Number(day.slice(0, 4)) + years}${day.slice(4)}`.replace('-02-29', '-02-28');

/** Refuses (403) a user whose roles do not record persons. */
export const assertWriter = (ctx: RequestContext) => {
  if (!WRITER_ROLES.some((role) => requireActor(ctx).roles.includes(role))) {
    throw new AppError('forbidden', 'Your role does not record persons');
  }
};

/** The columns a create or an update sets from the body, checked; `base` is the row being changed, if any. */
export const personColumns = async (
  trx: Db,
  input: Partial<CreatePersonBody>,
  base: PersonRow | undefined,
  today: string,
): Promise<Partial<NewPerson>> => {
  const columns: Partial<NewPerson> = {};
  const birth = input.birthDate === undefined ? undefined : readBirthDate(input.birthDate, today);
  if (birth !== undefined) {
    columns.birthYear = birth?.year ?? null;
    columns.birthMonth = birth?.month ?? null;
    columns.birthDay = birth?.day ?? null;
  }
  if (input.fullName !== undefined) {
    columns.fullName = input.fullName.normalize('NFC');
    columns.nameFolded = foldVietnamese(input.fullName);
  }
  if (input.aliases !== undefined) {
    columns.aliases = [...new Set(input.aliases.map((a) => a.normalize('NFC')))];
    columns.aliasesFolded = foldNames(columns.aliases);
    columns.aliasesText = columns.aliasesFolded.join(' | ');
  }
  const sex = input.sex ?? base?.sex ?? 'unknown';
  const birthYear = columns.birthYear !== undefined ? columns.birthYear : (base?.birthYear ?? null);
  const documents =
    input.identityDocuments ??
    (input.sex || input.birthDate !== undefined ? base?.identityDocuments : undefined);
  if (documents !== undefined) {
    columns.identityDocuments = readIdentityDocuments(documents, {
      sex,
      birthYear,
      currentYear: Number(today.slice(0, 4)),
    });
    columns.idNumbers = [...new Set(columns.identityDocuments.map((d) => d.number))];
  }
  if (input.addresses !== undefined) {
    const place = await placeAddresses(trx, input.addresses);
    columns.addresses = input.addresses;
    columns.provinceCode = place.provinceCode;
    columns.zoneIds = place.zoneIds;
  }
  const copied = [
    'externalRef',
    'sex',
    'placeOfBirth',
    'ethnicity',
    'nationality',
    'phones',
    'vehicles',
    'roles',
    'dataSubjectCategory',
    'personalDataCategory',
    'reviewDueOn',
    'crimeDomain',
    'classification',
    'handlingCode',
    'releasableToForeign',
    'sourceReliability',
    'informationAccuracy',
    'note',
  ] as const;
  for (const key of copied) {
    if (input[key] !== undefined) Object.assign(columns, { [key]: input[key] ?? null });
  }
  if (input.roles !== undefined) columns.roles = [...new Set(input.roles)];
  return columns;
};

const changeOf = (person: PersonRow, action: 'create' | 'update') => ({
  action,
  objectType: 'persons',
  objectId: person.id,
  ownerAgencyId: person.ownerAgencyId,
  eventType: `person.${action === 'create' ? 'recorded' : 'updated'}`,
  payload: { personId: person.id, version: person.version },
  audit: { handlingCode: person.handlingCode, objectLevel: person.classification },
});

const externalRefTaken = () =>
  new AppError('external_ref_taken', 'Your agency already holds a person with this reference', {
    errors: [{ path: 'externalRef', code: 'external_ref_taken', message: 'already used by your agency' }],
  });

/** The person an agency holds under its own reference (the key of imports and of the demo seed), if any. */
export const findPersonWithExternalRef = (db: Db, ownerAgencyId: string, externalRef: string) =>
  db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.ownerAgencyId, ownerAgencyId), eq(persons.externalRef, externalRef)))
    .then((rows) => rows[0]);

/** Who records a write: the owning agency, and its user, or null when the system acts (an import from the CLI). */
export type Recorder = { agencyId: string; userId: string | null };

/** A person to insert: who records it, when, the body it came from and the columns `personColumns` checked. */
export type PersonInsert = { by: Recorder; at: Date; input: CreatePersonBody; columns: Partial<NewPerson> };

const newPersonRow = ({ by, at, input, columns }: PersonInsert): NewPerson => {
  const today = dayOf(at);
  const graded = Boolean(input.sourceReliability || input.informationAccuracy);
  return {
    ...columns,
    id: uuidv7(),
    fullName: columns.fullName ?? input.fullName,
    nameFolded: columns.nameFolded ?? foldVietnamese(input.fullName),
    dataSubjectCategory: input.dataSubjectCategory,
    reviewDueOn: input.reviewDueOn ?? addYears(today, REVIEW_YEARS),
    crimeDomain: input.crimeDomain ?? 'drugs',
    ownerAgencyId: by.agencyId,
    recordedOn: today,
    evaluatedBy: graded ? by.userId : null,
    evaluatedAt: graded ? at : null,
    createdAt: at,
    createdBy: by.userId,
    updatedAt: at,
    updatedBy: by.userId,
  };
};

/**
 * Inserts persons whose `columns` were checked by `personColumns`, each with its outbox event and audit entry, in
 * the caller's transaction and in a few statements however many (the import's batches of 1,000): the one insert of
 * the API, the demo seed and the import. Returns the rows in the order given.
 */
export const insertPersons = async (
  trx: Db,
  ctx: RequestContext,
  records: readonly PersonInsert[],
): Promise<PersonRow[]> => {
  if (records.length === 0) return [];
  const rows = records.map(newPersonRow);
  await insertRowsAsJson(trx, persons, rows);
  const ids = rows.map((row) => row.id as string);
  const inserted = await trx.select().from(persons).where(inArray(persons.id, ids));
  const byId = new Map(inserted.map((person) => [person.id, person]));
  const ordered = rows.map((row) => byId.get(row.id as string));
  if (ordered.some((person) => person === undefined)) throw new Error('insert returned fewer persons');
  const done = ordered as PersonRow[];
  const at = records[0]?.at ?? ctx.clock();
  await recordChanges(
    ctx,
    trx,
    done.map((person) => changeOf(person, 'create')),
    at,
  );
  return done;
};

/** Inserts one person (see `insertPersons`). */
export const insertPerson = async (
  trx: Db,
  ctx: RequestContext,
  record: PersonInsert,
): Promise<PersonRow> => {
  const [person] = await insertPersons(trx, ctx, [record]);
  if (!person) throw new Error('insert returned no person');
  return person;
};

/** Records a person for the actor's agency, which owns it. */
export const createPerson = (ctx: RequestContext, input: CreatePersonBody): Promise<PersonRow> =>
  withTransaction(ctx.db, async (trx) => {
    assertWriter(ctx);
    const actor = requireActor(ctx);
    const at = ctx.clock();
    if (input.externalRef && (await findPersonWithExternalRef(trx, actor.agencyId, input.externalRef))) {
      throw externalRefTaken();
    }
    const columns = await personColumns(
      trx,
      { ...input, identityDocuments: input.identityDocuments ?? [] },
      undefined,
      dayOf(at),
    );
    const by = { agencyId: actor.agencyId, userId: actor.userId };
    return insertPerson(trx, ctx, { by, at, input, columns });
  });

/**
 * Writes checked `columns` over `base` at the version the writer saw (409 when stale), with its outbox event and audit
 * entry, in the caller's transaction; a change of grading names `by.userId` as its evaluator.
 */
export const changePerson = async (
  trx: Db,
  ctx: RequestContext,
  change: {
    by: Recorder;
    at: Date;
    base: PersonRow;
    version: number;
    columns: Partial<NewPerson>;
    graded: boolean;
  },
): Promise<PersonRow> => {
  const { by, at, base, version, columns, graded } = change;
  const [person] = await trx
    .update(persons)
    .set({
      ...columns,
      ...(graded ? { evaluatedBy: by.userId, evaluatedAt: at } : {}),
      updatedAt: at,
      updatedBy: by.userId,
      version: version + 1,
    })
    .where(and(eq(persons.id, base.id), eq(persons.version, version)))
    .returning();
  if (!person) throw new AppError('version_conflict', 'Someone changed this person first; reload it');
  await recordChange(ctx, trx, changeOf(person, 'update'), at);
  return person;
};

/** Changes a person of the actor's agency at the version the caller saw (409 when stale). */
export const updatePerson = (
  ctx: RequestContext,
  personId: string,
  input: UpdatePersonBody,
): Promise<PersonRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { facts } = await readRecordAccess(ctx, trx, 'persons', personId);
    const actor = requireActor(ctx);
    if (facts.ownerAgencyId !== actor.agencyId) {
      throw new AppError('forbidden', 'Only the owning agency changes a person');
    }
    assertWriter(ctx);
    const at = ctx.clock();
    const [base] = await trx.select().from(persons).where(eq(persons.id, personId));
    if (!base) throw new AppError('not_found', 'No such record');
    const { version, ...changes } = input;
    if (changes.externalRef && changes.externalRef !== base.externalRef) {
      if (await findPersonWithExternalRef(trx, actor.agencyId, changes.externalRef)) throw externalRefTaken();
    }
    const columns = await personColumns(trx, changes, base, dayOf(at));
    const graded = changes.sourceReliability !== undefined || changes.informationAccuracy !== undefined;
    const by = { agencyId: actor.agencyId, userId: actor.userId };
    return changePerson(trx, ctx, { by, at, base, version, columns, graded });
  });

/** One person as the actor may read it (404 when the policy gives nothing), audited before it leaves. */
export const readPerson = async (
  ctx: RequestContext,
  personId: string,
): Promise<{ person: PersonRow; level: AccessLevel }> => {
  const { level } = await readRecordAccess(ctx, ctx.db, 'persons', personId);
  const [person] = await ctx.db.select().from(persons).where(eq(persons.id, personId));
  if (!person) throw new AppError('not_found', 'No such record');
  await auditPersonsRead(ctx, [person]);
  return { person, level };
};

const listConditions = (query: PersonListQuery): (SQL | undefined)[] => {
  const folded = query.q ? foldVietnamese(query.q) : '';
  const like = containsPattern(folded);
  return [
    folded
      ? or(
          ilike(persons.nameFolded, like),
          sql`array_to_string(${persons.aliasesFolded}, ' | ') ilike ${like}`,
        )
      : undefined,
    query.province ? eq(persons.provinceCode, query.province) : undefined,
    query.role ? arrayContains(persons.roles, [query.role]) : undefined,
    query.owner ? eq(persons.ownerAgencyId, query.owner) : undefined,
  ];
};

/**
 * A page of the persons the actor reads at summary level or above, filtered, in Vietnamese name order; the total
 * and the facets are counted in the database over exactly the same visible set, so nothing hidden is counted.
 */
export const listPersons = async (ctx: RequestContext, query: PersonListQuery) => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const where = and(visibleTo(viewer, persons, 'persons', 'summary'), ...listConditions(query));
  const rows = await db
    .select({ person: persons, rank: accessRank(viewer, persons, 'persons') })
    .from(persons)
    .where(where)
    .orderBy(asc(persons.nameFolded), asc(persons.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(persons).where(where);
  const facet = (value: SQL, from: SQL = sql`${persons}`) => facetOf(db, value, from, where);
  const facets = {
    roles: await facet(sql`r.value`, sql`${persons} cross join lateral unnest(${persons.roles}) as r(value)`),
    provinces: await facet(sql`${persons.provinceCode}`),
    owners: await facet(sql`${persons.ownerAgencyId}::text`),
  };
  const items = rows.map((row) => ({ person: row.person, level: levelOfRank(Number(row.rank)) }));
  await auditPersonsRead(
    ctx,
    items.map((i) => i.person),
    { action: 'search' },
  );
  return { items, total: Number(total?.n ?? 0), facets };
};
