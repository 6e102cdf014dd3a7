import { Anchor } from '@mantine/core';
import { hrefOfRecord, ROUTES } from '../../../app/router';

/** The link to a person's page. */
export const personHref = (id: string): string => hrefOfRecord(ROUTES.persons, id);

/** A person's name as a link to their page. */
export const PersonLink = ({ person }: { person: { id: string; fullName: string } }) => (
  <Anchor href={personHref(person.id)} size="sm" fw={500} data-testid="person-link">
    {person.fullName}
  </Anchor>
);
