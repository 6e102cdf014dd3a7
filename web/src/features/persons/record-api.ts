import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../app/api';
import type { HistoryItem } from '../agencies/types';
import type { LinkBody, LinkGraph, PersonLinkView } from './link-types';

// Under the persons key: every change of a person (share, link, photo) refreshes its page's cards.
const PERSONS_KEY = ['persons'] as const;

const personPath = (id: string, rest = '') => `/persons/${encodeURIComponent(id)}${rest}`;

/** A 4xx (403 not the owner, 404 no photo) is an answer to show, not a failure to retry. */
const retryServerErrors = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

const usePersonChange = <TInput, TOutput>(send: (input: TInput) => Promise<TOutput>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: PERSONS_KEY }),
  });
};

/** The person's links as a small graph, each person at the level the user reads it. */
export const usePersonLinks = (personId: string) =>
  useQuery({
    queryKey: [...PERSONS_KEY, 'links', personId],
    queryFn: ({ signal }) => apiRequest<LinkGraph>(personPath(personId, '/links'), { signal }),
  });

/** Links the person to another one the user can see (owner's writers). */
export const useAddPersonLink = () =>
  usePersonChange(({ personId, ...body }: LinkBody & { personId: string }) =>
    apiRequest<PersonLinkView>(personPath(personId, '/links'), { method: 'POST', body }),
  );

/** Removes a link, with the reason the history keeps. */
export const useRemovePersonLink = () =>
  usePersonChange(({ personId, linkId, reason }: { personId: string; linkId: string; reason: string }) =>
    apiRequest<PersonLinkView>(personPath(personId, `/links/${encodeURIComponent(linkId)}/remove`), {
      method: 'POST',
      body: { reason },
    }),
  );

/** The person's history from the audit log, oldest first; only the owner agency reads it (403 for others). */
export const usePersonHistory = (personId: string) =>
  useQuery({
    queryKey: [...PERSONS_KEY, 'history', personId],
    queryFn: ({ signal }) =>
      apiRequest<{ items: HistoryItem[] }>(personPath(personId, '/history'), { signal }).then(
        (answer) => answer.items,
      ),
    retry: retryServerErrors,
  });

/** Where the browser loads the photo; the digest in the query makes a new photo a new URL. */
export const photoSrc = (personId: string, sha256: string): string =>
  `/api${personPath(personId, '/photo')}?v=${encodeURIComponent(sha256)}`;

/** Sets (or replaces) the person's photo: the file itself is the body, sent with its own image type. */
export const useSetPersonPhoto = () =>
  usePersonChange(({ personId, file }: { personId: string; file: File }) =>
    apiRequest<void>(personPath(personId, '/photo'), { method: 'PUT', body: file }),
  );

/** Removes the person's photo. */
export const useRemovePersonPhoto = () =>
  usePersonChange((personId: string) =>
    apiRequest<void>(personPath(personId, '/photo'), { method: 'DELETE' }),
  );
