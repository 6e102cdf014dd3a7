import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { Structure } from '../geo/types';
import type {
  AddMemberBody,
  AgencyDetail,
  AgencyFields,
  AgencyListQuery,
  AgencySummary,
  ChairTermBody,
  Contact,
  ContactFields,
  CreateAgencyBody,
  CreateGroupBody,
  GroupDetail,
  GroupKind,
  GroupSummary,
  JurisdictionBody,
  SuccessionBody,
  UpdateMembershipBody,
} from './types';

const AGENCIES_KEY = ['agencies'] as const;
const GROUPS_KEY = ['groups'] as const;
/** Rows per page of the agencies list. */
export const AGENCY_PAGE_SIZE = 50;

const queryString = (params: Record<string, string | number | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const agencyPath = (id: string, rest = '') => `/agencies/${encodeURIComponent(id)}${rest}`;
const groupPath = (id: string, rest = '') => `/groups/${encodeURIComponent(id)}${rest}`;

/** A page of agencies matching a search (the server folds diacritics), in Vietnamese order. */
export const useAgencies = (query: AgencyListQuery) =>
  useQuery({
    queryKey: [...AGENCIES_KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiRequest<{ items: AgencySummary[]; total: number }>(
        `/agencies${queryString({
          q: query.q.trim(),
          kind: query.kind,
          status: query.status,
          limit: AGENCY_PAGE_SIZE,
          offset: query.offset,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

/** Agencies for a picker: the first matches of a search. */
export const useAgencyOptions = (q: string) =>
  useQuery<AgencySummary[]>({
    queryKey: [...AGENCIES_KEY, 'options', q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: AgencySummary[]; total: number }>(
        `/agencies${queryString({ q: q.trim(), limit: 30 })}`,
        {
          signal,
        },
      ).then((answer) => answer.items),
    placeholderData: keepPreviousData,
  });

/** One agency on a day, with its jurisdiction in a structure (default: the one in force on that day). */
export const useAgency = (id: string, view: { at: string; structure: Structure | null }) =>
  useQuery({
    queryKey: [...AGENCIES_KEY, 'detail', id, view.at, view.structure],
    queryFn: ({ signal }) =>
      apiRequest<AgencyDetail>(agencyPath(id, queryString({ at: view.at, structure: view.structure })), {
        signal,
      }),
    placeholderData: keepPreviousData,
  });

const useAgencyChange = <TInput, TOutput>(send: (input: TInput) => Promise<TOutput>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: AGENCIES_KEY }),
  });
};

/** Registers an agency (registry administrators). */
export const useCreateAgency = () =>
  useAgencyChange((body: CreateAgencyBody) =>
    apiRequest<AgencyDetail>('/agencies', { method: 'POST', body }),
  );

/** Changes an agency's names, parent or period, guarded by its version. */
export const useUpdateAgency = () =>
  useAgencyChange(({ id, ...body }: Partial<AgencyFields> & { id: string; version: number }) =>
    apiRequest<AgencyDetail>(agencyPath(id), { method: 'PATCH', body }),
  );

/** Replaces every jurisdiction row of an agency (registry administrators), guarded by its version. */
export const useSetJurisdiction = () =>
  useAgencyChange(({ id, ...body }: JurisdictionBody & { id: string }) =>
    apiRequest<AgencyDetail>(agencyPath(id, '/jurisdiction'), { method: 'PUT', body }),
  );

/** Records what an agency became (merged, split, renamed); its period ends on the succession's day. */
export const useAddSuccession = () =>
  useAgencyChange(({ id, ...body }: SuccessionBody & { id: string }) =>
    apiRequest<AgencyDetail>(agencyPath(id, '/successions'), { method: 'POST', body }),
  );

/** Adds a contact point (duty desk, liaison officer). */
export const useCreateContact = () =>
  useAgencyChange(({ agencyId, ...body }: ContactFields & { agencyId: string }) =>
    apiRequest<Contact>(agencyPath(agencyId, '/contacts'), { method: 'POST', body }),
  );

/** Changes a contact point, guarded by its version. */
export const useUpdateContact = () =>
  useAgencyChange(
    ({
      agencyId,
      contactId,
      ...body
    }: ContactFields & { agencyId: string; contactId: string; version: number }) =>
      apiRequest<Contact>(agencyPath(agencyId, `/contacts/${encodeURIComponent(contactId)}`), {
        method: 'PATCH',
        body,
      }),
  );

/** Removes a contact point, guarded by its version. */
export const useDeleteContact = () =>
  useAgencyChange(
    ({ agencyId, contactId, version }: { agencyId: string; contactId: string; version: number }) =>
      apiRequest<void>(
        agencyPath(agencyId, `/contacts/${encodeURIComponent(contactId)}?version=${version}`),
        {
          method: 'DELETE',
        },
      ),
  );

/** The clusters and routes, optionally of one kind. */
export const useGroups = (filter: { q: string; kind: GroupKind | null }) =>
  useQuery<GroupSummary[]>({
    queryKey: [...GROUPS_KEY, 'list', filter],
    queryFn: ({ signal }) =>
      apiRequest<{ items: GroupSummary[] }>(
        `/groups${queryString({ q: filter.q.trim(), kind: filter.kind })}`,
        {
          signal,
        },
      ).then((answer) => answer.items),
    placeholderData: keepPreviousData,
  });

/** One cluster or route: members on a day, all memberships and the chair history. */
export const useGroup = (id: string, at: string) =>
  useQuery({
    queryKey: [...GROUPS_KEY, 'detail', id, at],
    queryFn: ({ signal }) => apiRequest<GroupDetail>(groupPath(id, queryString({ at })), { signal }),
    placeholderData: keepPreviousData,
  });

const useGroupChange = <TInput, TOutput>(send: (input: TInput) => Promise<TOutput>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
      await queryClient.invalidateQueries({ queryKey: AGENCIES_KEY });
    },
  });
};

/** Creates a cluster or a route (registry administrators). */
export const useCreateGroup = () =>
  useGroupChange((body: CreateGroupBody) => apiRequest<GroupDetail>('/groups', { method: 'POST', body }));

/** Adds a member force to a group, guarded by the group's version. */
export const useAddMember = () =>
  useGroupChange(({ groupId, ...body }: AddMemberBody & { groupId: string }) =>
    apiRequest<GroupDetail>(groupPath(groupId, '/members'), { method: 'POST', body }),
  );

/** Records a chair term; an open term that started earlier ends on the new term's first day (a handover). */
export const useAddChairTerm = () =>
  useGroupChange(({ groupId, ...body }: ChairTermBody & { groupId: string }) =>
    apiRequest<GroupDetail>(groupPath(groupId, '/chair-terms'), { method: 'POST', body }),
  );

/** Changes the period of one membership, guarded by the group's version. */
export const useUpdateMembership = () =>
  useGroupChange(
    ({ groupId, membershipId, ...body }: UpdateMembershipBody & { groupId: string; membershipId: string }) =>
      apiRequest<GroupDetail>(groupPath(groupId, `/members/${encodeURIComponent(membershipId)}`), {
        method: 'PATCH',
        body,
      }),
  );
