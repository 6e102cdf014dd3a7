import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../app/api';
import type { MatchDecision, PersonHit, PersonMatch, PersonSearchQuery } from './match-types';
import type { AudienceView, ShareBody, ShareView } from './share-types';
import type { CreatePersonBody, PersonFull, PersonList, PersonListQuery, PersonView } from './types';

const PERSONS_KEY = ['persons'] as const;
/** Rows per page of the persons list. */
export const PERSON_PAGE_SIZE = 50;

const queryString = (params: Record<string, string | number | null>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const personPath = (id: string) => `/persons/${encodeURIComponent(id)}`;
const sharingPath = (id: string, rest = '') => `/sharing/persons/${encodeURIComponent(id)}${rest}`;

/** A page of the persons the user reads at summary or full level, with the total and the facets of the same set. */
export const usePersons = (query: PersonListQuery, isEnabled = true) =>
  useQuery({
    enabled: isEnabled,
    queryKey: [...PERSONS_KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiRequest<PersonList>(
        `/persons${queryString({
          q: query.q.trim(),
          province: query.province,
          role: query.role,
          limit: PERSON_PAGE_SIZE,
          offset: query.offset,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

/** Ranked hits of a fuzzy search (no diacritics, swapped order, typo, alias, identity number), best first. */
export const usePersonSearch = (query: PersonSearchQuery) =>
  useQuery({
    queryKey: [...PERSONS_KEY, 'search', query],
    queryFn: ({ signal }) =>
      apiRequest<{ items: PersonHit[] }>(
        `/persons/search${queryString({
          q: query.q.trim(),
          sex: query.sex,
          birthYear: query.birthYear,
          birthYearFrom: query.birthYearFrom,
          birthYearTo: query.birthYearTo,
          province: query.province,
        })}`,
        { signal },
      ),
    enabled: query.q.trim() !== '',
    placeholderData: keepPreviousData,
  });

/** One person at the level the sharing policy gives the user: pointer, summary or full. */
export const usePerson = (id: string) =>
  useQuery({
    queryKey: [...PERSONS_KEY, 'detail', id],
    queryFn: ({ signal }) => apiRequest<PersonView>(personPath(id), { signal }),
  });

/** Records a person owned by the user's agency; the lists are fetched again afterwards. */
export const useCreatePerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonBody) => apiRequest<PersonFull>('/persons', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PERSONS_KEY }),
  });
};

/**
 * The "shared with" panel of a person: every share and who reads it now and why. Only the owner agency may see it;
 * a 403 is an answer here (the panel is not shown), not a failure to retry.
 */
export const usePersonAudience = (id: string, isEnabled: boolean) =>
  useQuery({
    queryKey: [...PERSONS_KEY, 'audience', id],
    queryFn: ({ signal }) => apiRequest<AudienceView>(sharingPath(id), { signal }),
    enabled: isEnabled,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

/** Tells whether the panel's query was refused because the user's agency does not own the record. */
export const isNotOwnerError = (error: unknown): boolean => error instanceof ApiError && error.status === 403;

const useSharingChange = <TInput>(send: (input: TInput) => Promise<ShareView>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: PERSONS_KEY }),
  });
};

/** Shares a person with another agency at a level, for a purpose, optionally until a moment. */
export const useSharePerson = () =>
  useSharingChange(({ personId, ...body }: ShareBody & { personId: string }) =>
    apiRequest<ShareView>(sharingPath(personId, '/shares'), { method: 'POST', body }),
  );

/** Revokes a share (and every forward made from it) with the reason the officer gives. */
export const useRevokeShare = () =>
  useSharingChange(({ shareId, reason }: { shareId: string; reason: string }) =>
    apiRequest<ShareView>(`/sharing/shares/${encodeURIComponent(shareId)}/revoke`, {
      method: 'POST',
      body: { reason },
    }),
  );

/** The possible same-person links between a person and the records of other forces, best score first. */
export const usePersonMatches = (personId: string) =>
  useQuery({
    queryKey: [...PERSONS_KEY, 'matches', personId],
    queryFn: ({ signal }) =>
      apiRequest<{ items: PersonMatch[] }>(`${personPath(personId)}/matches`, { signal }),
  });

/** Confirms or rejects a possible match (nothing is merged); the matches are fetched again afterwards. */
export const useDecideMatch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, ...body }: MatchDecision) =>
      apiRequest<{ id: string; status: string }>(`/persons/matches/${encodeURIComponent(matchId)}/decision`, {
        method: 'POST',
        body,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PERSONS_KEY }),
  });
};
