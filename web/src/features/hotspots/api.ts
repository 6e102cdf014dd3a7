import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type {
  CreateHotspotBody,
  HotspotFull,
  HotspotList,
  HotspotListQuery,
  HotspotView,
  Recheck,
  Transition,
  TransitionBody,
} from './types';

const HOTSPOTS_KEY = ['hotspots'] as const;
/** Rows per page of the registry. */
export const HOTSPOT_PAGE_SIZE = 50;

const queryString = (params: Record<string, string | number | null>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const hotspotPath = (id: string, rest = '') => `/hotspots/${encodeURIComponent(id)}${rest}`;

/** A page of the points and hotspots the user reads at summary or full level, with the total and facets. */
export const useHotspots = (query: HotspotListQuery) =>
  useQuery({
    queryKey: [...HOTSPOTS_KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiRequest<HotspotList>(
        `/hotspots${queryString({ ...query, q: query.q.trim(), limit: HOTSPOT_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

/** The most hotspots a person's page lists (the registry, filtered, pages through more). */
const PERSON_HOTSPOTS_LIMIT = 200;

/** The points and hotspots a person is linked to (those the user reads in full), for the person's page. */
export const usePersonHotspots = (personId: string) =>
  useQuery({
    queryKey: [...HOTSPOTS_KEY, 'of-person', personId],
    queryFn: ({ signal }) =>
      apiRequest<HotspotList>(`/hotspots${queryString({ person: personId, limit: PERSON_HOTSPOTS_LIMIT })}`, {
        signal,
      }),
  });

/** One point or hotspot at the level the sharing policy gives the user. */
export const useHotspot = (id: string) =>
  useQuery({
    queryKey: [...HOTSPOTS_KEY, 'detail', id],
    queryFn: ({ signal }) => apiRequest<HotspotView>(hotspotPath(id), { signal }),
  });

/** The lifecycle moves of a point or hotspot, oldest first. */
export const useHotspotHistory = (id: string, isEnabled: boolean) =>
  useQuery({
    enabled: isEnabled,
    queryKey: [...HOTSPOTS_KEY, 'history', id],
    queryFn: ({ signal }) => apiRequest<{ items: Transition[] }>(hotspotPath(id, '/history'), { signal }),
  });

/** The re-emergence checks the user's agency has due by today. */
export const useRechecksDue = (until: string) =>
  useQuery({
    queryKey: [...HOTSPOTS_KEY, 'rechecks', until],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Recheck[] }>(`/hotspots/rechecks${queryString({ until })}`, { signal }),
  });

/** Records a point or hotspot owned by the user's agency. */
export const useCreateHotspot = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHotspotBody) => apiRequest<HotspotFull>('/hotspots', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: HOTSPOTS_KEY }),
  });
};

/** Moves a point or hotspot along its lifecycle. */
export const useTransitionHotspot = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) =>
      apiRequest<HotspotFull>(hotspotPath(id, '/transitions'), { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: HOTSPOTS_KEY }),
  });
};
