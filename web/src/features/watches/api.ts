import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { CreateWatchBody, Watch } from './types';

const WATCHES_KEY = ['watches'] as const;

/** The active watches of the user's agency, on persons and on names. */
export const useWatches = () =>
  useQuery({
    queryKey: WATCHES_KEY,
    queryFn: ({ signal }) => apiRequest<{ items: Watch[] }>('/persons/watches', { signal }),
  });

/** Starts a watch on a person or a name; the list is fetched again afterwards. */
export const useCreateWatch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWatchBody) => apiRequest<Watch>('/persons/watches', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: WATCHES_KEY }),
  });
};

/** Ends a watch of the user's agency; the list is fetched again afterwards. */
export const useEndWatch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (watchId: string) =>
      apiRequest<Watch>(`/persons/watches/${encodeURIComponent(watchId)}/end`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: WATCHES_KEY }),
  });
};
