import { useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { Alert, AlertDetail, AlertStatus, EvidenceEvent } from './types';

const ALERTS_KEY = ['early-warning'] as const;

/** The alerts addressed to the user's agency, latest activity first. */
export const useAlerts = (status: AlertStatus | null) =>
  useQuery({
    queryKey: [...ALERTS_KEY, 'list', status],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Alert[] }>(`/early-warning/alerts${status ? `?status=${status}` : ''}`, {
        signal,
      }).then((answer) => answer.items),
  });

/** One alert with its evidence as the user may read it. */
export const useAlert = (alertId: string) =>
  useQuery({
    queryKey: [...ALERTS_KEY, 'alert', alertId],
    queryFn: ({ signal }) =>
      apiRequest<AlertDetail>(`/early-warning/alerts/${encodeURIComponent(alertId)}`, { signal }),
  });

/** A point of evidence drawn on the map: only where the record's own page gives its position. */
export type EvidencePoint = { kind: string; id: string; lat: number; lon: number };

type PlacedView = {
  level: string;
  lat?: number | null;
  lon?: number | null;
  place?: { lat: number | null; lon: number | null };
};

const pointOf = (event: EvidenceEvent, view: PlacedView): EvidencePoint | null => {
  const lat = view.place ? view.place.lat : view.lat;
  const lon = view.place ? view.place.lon : view.lon;
  return typeof lat === 'number' && typeof lon === 'number'
    ? { kind: event.kind, id: event.id, lat, lon }
    : null;
};

// Module-level, so TanStack keeps the combined array while no query changes (a stable effect dependency).
const placedPoints = (results: { data?: EvidencePoint | null | undefined }[]): EvidencePoint[] =>
  results.flatMap((result) => (result.data ? [result.data] : []));

const READABLE_KINDS: Record<string, string> = { hotspots: '/hotspots', cases: '/cases' };

/**
 * The position of each evidence event the user may read in full, fetched through the record's own GET (which
 * applies the sharing policy): a summary or a pointer gives no position and is not drawn.
 */
export const useEvidencePoints = (events: EvidenceEvent[]): EvidencePoint[] =>
  useQueries({
    queries: events
      .filter((event) => event.level === 'full' && READABLE_KINDS[event.kind])
      .map((event) => ({
        queryKey: [event.kind, 'evidence', event.id],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          apiRequest<PlacedView>(`${READABLE_KINDS[event.kind]}/${encodeURIComponent(event.id)}`, {
            signal,
          }).then((view) => pointOf(event, view)),
      })),
    combine: placedPoints,
  });
