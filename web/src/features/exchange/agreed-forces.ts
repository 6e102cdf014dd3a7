import { useMemo } from 'react';
import { todayDay } from '../../ui/format';
import { useAgreements } from '../agreements/api';

/** The forces the user's agency has an agreement in force with: the addressees it is offered first. */
export const useAgreedForces = (ownAgencyId: string) => {
  const agreements = useAgreements({
    agencyId: ownAgencyId,
    status: 'in_force',
    kind: null,
    domain: null,
    inForceOn: todayDay(),
  });
  return useMemo(() => {
    const seen = new Map<string, string>();
    for (const agreement of agreements.data ?? []) {
      for (const party of agreement.parties) {
        if (party.agency.id !== ownAgencyId) seen.set(party.agency.id, party.agency.nameVi);
      }
    }
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [agreements.data, ownAgencyId]);
};
