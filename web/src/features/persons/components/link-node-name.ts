import type { TFunction } from 'i18next';
import type { PersonView } from '../types';

/** How a linked person is named: by name when the user reads it, as "the record of <agency>" for a pointer. */
export const linkNodeName = (person: PersonView | undefined, t: TFunction): string => {
  if (!person) {
    return t('persons.links.unknownNode');
  }
  return person.level === 'pointer'
    ? t('persons.links.pointerNode', { agency: person.ownerAgency.nameVi })
    : person.fullName;
};
