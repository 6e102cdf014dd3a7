import type { PersonView } from './types';

/** What the linked person is to the person (`src/modules/persons/links/person-links.tables.ts`). */
export const PERSON_LINK_KINDS = [
  'relative',
  'partner',
  'associate',
  'accomplice',
  'organiser',
  'supplier',
  'customer',
  'courier',
  'other',
] as const;
export type PersonLinkKind = (typeof PERSON_LINK_KINDS)[number];

/** "B is A's supplier": the link A → B of kind `supplier`, recorded by A's owner agency. */
export type PersonLinkView = {
  id: string;
  personId: string;
  linkedPersonId: string;
  kind: PersonLinkKind;
  note: string | null;
  ownerAgencyId: string;
  createdAt: string;
};

/** `GET /api/persons/:id/links`: the person, the persons linked either way and the links among them. */
export type LinkGraph = { nodes: PersonView[]; edges: PersonLinkView[] };

export type LinkBody = { linkedPersonId: string; kind: PersonLinkKind; note?: string };
