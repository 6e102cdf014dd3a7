import { type AgencyRow, dayOf, presentAgencySummary } from '../agencies/index.ts';
import { type AccessLevel, presentHandling } from '../sharing/index.ts';
import { formatPartialDate } from './identity/partial-date.ts';
import type { PersonView } from './persons.schemas.ts';
import type { PersonRow } from './persons.tables.ts';

const birthDateOf = (person: PersonRow): string | null =>
  person.birthYear === null
    ? null
    : formatPartialDate({
        year: person.birthYear,
        ...(person.birthMonth === null ? {} : { month: person.birthMonth }),
        ...(person.birthDay === null ? {} : { day: person.birthDay }),
      });

/** A person at the level the viewer reads it: a pointer names only the owner; a summary who; full everything. */
export const presentPerson = (
  person: PersonRow,
  level: Exclude<AccessLevel, 'none'>,
  owner: AgencyRow,
  now: Date,
): PersonView => {
  const ownerAgency = presentAgencySummary(owner, dayOf(now));
  if (level === 'pointer') return { level, id: person.id, ownerAgency };
  const summary = {
    id: person.id,
    ownerAgency,
    externalRef: person.externalRef,
    fullName: person.fullName,
    aliases: person.aliases,
    sex: person.sex,
    birthDate: birthDateOf(person),
    provinceCode: person.provinceCode,
    roles: person.roles,
    crimeDomain: person.crimeDomain,
    recordedOn: person.recordedOn,
    grading: { sourceReliability: person.sourceReliability, informationAccuracy: person.informationAccuracy },
    handling: presentHandling(person),
    version: person.version,
  };
  if (level === 'summary') return { level, ...summary };
  return {
    level,
    ...summary,
    placeOfBirth: person.placeOfBirth,
    ethnicity: person.ethnicity,
    nationality: person.nationality,
    identityDocuments: person.identityDocuments,
    addresses: person.addresses,
    phones: person.phones,
    vehicles: person.vehicles,
    dataSubjectCategory: person.dataSubjectCategory,
    personalDataCategory: person.personalDataCategory,
    reviewDueOn: person.reviewDueOn,
    zoneIds: person.zoneIds,
    note: person.note,
    photoSha256: person.photoSha256,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
};
