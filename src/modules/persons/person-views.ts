import type { RequestContext } from '../../http/context.ts';
import { type AgencyRow, mapAgenciesById } from '../agencies/index.ts';
import type { AccessLevel } from '../sharing/index.ts';
import { presentPerson } from './persons.presenter.ts';
import type { PersonView } from './persons.schemas.ts';
import type { PersonRow } from './persons.tables.ts';

/** Persons as the actor reads them, each with its owner (every owner agency loaded once). */
export const presentPersons = async (
  ctx: RequestContext,
  items: { person: PersonRow; level: Exclude<AccessLevel, 'none'> }[],
): Promise<PersonView[]> => {
  const owners = await mapAgenciesById(
    ctx.db,
    items.map(({ person }) => person.ownerAgencyId),
  );
  return items.map(({ person, level }) =>
    presentPerson(person, level, owners.get(person.ownerAgencyId) as AgencyRow, ctx.clock()),
  );
};
