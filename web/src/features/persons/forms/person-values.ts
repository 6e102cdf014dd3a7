import { textOrNull } from '../../agencies/forms/form-values';
import type { Keyed } from '../../agreements/forms/row-list';
import type { CrimeDomain } from '../../agreements/types';
import type { Structure } from '../../geo/types';
import type {
  Classification,
  CreatePersonBody,
  DataSubjectCategory,
  HandlingCode,
  IdentityDocumentKind,
  InformationAccuracy,
  PersonRole,
  Sex,
  SourceReliability,
} from '../types';

export type DocumentRow = { kind: IdentityDocumentKind; number: string };

/** The current address as the form holds it: a unit of a structure, and the street detail. */
export type AddressValue = {
  structure: Structure;
  unitCode: string | null;
  unitName: string | null;
  detail: string;
};

/** What the handling fields edit: secrecy, handling code, foreign release and the Europol grade. */
export type HandlingValues = {
  classification: Classification;
  handlingCode: HandlingCode;
  releasableToForeign: boolean;
  sourceReliability: SourceReliability | null;
  informationAccuracy: InformationAccuracy | null;
};

export type PersonValues = {
  fullName: string;
  aliases: string[];
  sex: Sex;
  birthDate: string;
  documents: Keyed<DocumentRow>[];
  address: AddressValue;
  roles: PersonRole[];
  dataSubjectCategory: DataSubjectCategory;
  crimeDomain: CrimeDomain;
  handling: HandlingValues;
  note: string;
};

/** A new person's form: drugs, a suspect, unclassified H0, not for foreign forces, not graded yet. */
export const emptyPersonValues = (): PersonValues => ({
  fullName: '',
  aliases: [],
  sex: 'unknown',
  birthDate: '',
  documents: [],
  address: { structure: 'current', unitCode: null, unitName: null, detail: '' },
  roles: [],
  dataSubjectCategory: 'suspect',
  crimeDomain: 'drugs',
  handling: {
    classification: 'none',
    handlingCode: 'H0',
    releasableToForeign: false,
    sourceReliability: null,
    informationAccuracy: null,
  },
  note: '',
});

/** The `POST /api/persons` body of the form's values; an address without a unit is left out. */
export const toCreateBody = (values: PersonValues): CreatePersonBody => ({
  fullName: values.fullName.trim(),
  aliases: values.aliases.map((alias) => alias.trim()).filter((alias) => alias !== ''),
  sex: values.sex,
  birthDate: textOrNull(values.birthDate),
  identityDocuments: values.documents.map(({ kind, number }) => ({ kind, number: number.trim() })),
  addresses: values.address.unitCode
    ? [
        {
          kind: 'current',
          structure: values.address.structure,
          unitCode: values.address.unitCode,
          detail: textOrNull(values.address.detail),
        },
      ]
    : [],
  roles: values.roles,
  dataSubjectCategory: values.dataSubjectCategory,
  crimeDomain: values.crimeDomain,
  ...values.handling,
  note: textOrNull(values.note),
});
