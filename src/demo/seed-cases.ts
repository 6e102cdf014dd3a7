import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../http/context.ts';
import { findAgencyWithCode } from '../modules/agencies/index.ts';
import { cases } from '../modules/cases/cases.tables.ts';
import { createCase, createOperation, createSeizure } from '../modules/cases/index.ts';
import { specialOperations } from '../modules/cases/operations/operations.tables.ts';
import { findRefDataLoad } from '../modules/geo/index.ts';
import { findPersonWithExternalRef } from '../modules/persons/index.ts';
import { DEMO_CASES, DEMO_OPERATIONS, type DemoCase } from './demo-cases.ts';
import { actingAs, beltCommune } from './seed-persons.ts';

const agencyId = async (ctx: RequestContext, code: string): Promise<string> => {
  const agency = await findAgencyWithCode(ctx.db, code);
  if (!agency) throw new Error(`demo data names an unknown agency ${code}`);
  return agency.id;
};

const seedCase = async (ctx: RequestContext, demo: DemoCase, operations: Map<string, string>) => {
  const acting = await actingAs(ctx, demo.ownerUsername);
  const owner = acting.actor?.agencyId ?? '';
  const taken = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.ownerAgencyId, owner), eq(cases.externalRef, demo.body.externalRef)));
  if (taken.length > 0) return false;
  const persons = [];
  for (const ref of demo.personRefs) {
    const person = await findPersonWithExternalRef(ctx.db, owner, ref.externalRef);
    if (person) persons.push({ personId: person.id, role: ref.role });
  }
  const agencies = [];
  for (const a of demo.agencyCodes) agencies.push({ agencyId: await agencyId(ctx, a.code), role: a.role });
  const unitCode = demo.belt ? await beltCommune(ctx, demo.belt) : demo.body.place.unitCode;
  const { row } = await createCase(acting, {
    ...demo.body,
    place: { ...demo.body.place, unitCode },
    agencies,
    persons,
    operationId: demo.operationCode ? (operations.get(demo.operationCode) ?? null) : null,
  });
  for (const { jointCodes, ...seizure } of demo.seizures) {
    const joint = [];
    for (const code of jointCodes ?? []) joint.push({ agencyId: await agencyId(ctx, code) });
    await createSeizure(acting, row.id, { ...seizure, agencies: joint });
  }
  return true;
};

/** Records the demo special operation, cases and seizures (placed in units: once the reference data is loaded). */
export const seedCases = async (ctx: RequestContext): Promise<boolean> => {
  if (!(await findRefDataLoad(ctx.db))) return false;
  let created = false;
  const operations = new Map<string, string>();
  for (const demo of DEMO_OPERATIONS) {
    const acting = await actingAs(ctx, demo.ownerUsername);
    const owner = acting.actor?.agencyId ?? '';
    const [found] = await ctx.db
      .select({ id: specialOperations.id })
      .from(specialOperations)
      .where(
        and(eq(specialOperations.ownerAgencyId, owner), eq(specialOperations.codeName, demo.body.codeName)),
      );
    if (found) {
      operations.set(demo.body.codeName, found.id);
      continue;
    }
    const agencies = [];
    for (const a of demo.agencyCodes) agencies.push({ agencyId: await agencyId(ctx, a.code), role: a.role });
    const row = await createOperation(acting, { ...demo.body, agencies });
    operations.set(demo.body.codeName, row.id);
    created = true;
  }
  for (const demo of DEMO_CASES) created = (await seedCase(ctx, demo, operations)) || created;
  return created;
};
