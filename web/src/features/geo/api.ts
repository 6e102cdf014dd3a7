import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type {
  CreateZoneBody,
  Location,
  MapFeatureCollection,
  Page,
  Structure,
  UnitDetail,
  UnitQuery,
  UnitSummary,
  Zone,
} from './types';

const GEO_KEY = ['geo'] as const;
const ZONES_KEY = ['geo', 'zones'] as const;
// Geometry and units change only when the reference data is reloaded: keep them for the session.
const REFERENCE_STALE_MS = 60 * 60 * 1000;

const queryString = (params: Record<string, string | number | boolean | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** The provinces of one structure with the neighbour countries' units and the national border, for the map. */
export const useProvincesGeoJson = (structure: Structure) =>
  useQuery({
    queryKey: [...GEO_KEY, 'provinces-geojson', structure],
    queryFn: ({ signal }) =>
      apiRequest<MapFeatureCollection>(`/geo/provinces.geojson${queryString({ structure })}`, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

/** The query of one province with its neighbours (and, in the current structure, its communes), for the map. */
export const provinceGeoJsonQuery = (structure: Structure, code: string | null) =>
  queryOptions({
    queryKey: [...GEO_KEY, 'province-geojson', structure, code],
    queryFn: ({ signal }) =>
      apiRequest<MapFeatureCollection>(
        `/geo/provinces/${structure}/${encodeURIComponent(code ?? '')}/geojson`,
        { signal },
      ),
    enabled: code !== null,
    staleTime: REFERENCE_STALE_MS,
  });

/** One province with its neighbours (and, in the current structure, its communes) for the map. */
export const useProvinceGeoJson = (structure: Structure, code: string | null) =>
  useQuery(provinceGeoJsonQuery(structure, code));

/** A page of administrative units matching a search (the server folds diacritics). */
export const useUnits = (query: UnitQuery) =>
  useQuery({
    queryKey: [...GEO_KEY, 'units', query],
    queryFn: ({ signal }) =>
      apiRequest<Page<UnitSummary>>(
        `/geo/units${queryString({
          q: query.q.trim(),
          structure: query.structure,
          level: query.level,
          province: query.province,
          district: query.district,
          page: query.page,
          pageSize: 50,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
  });

/** The first units of a structure matching a search (any level), for pickers. */
export const useUnitOptions = (structure: Structure, q: string) =>
  useQuery<UnitSummary[]>({
    queryKey: [...GEO_KEY, 'unit-options', structure, q],
    queryFn: ({ signal }) =>
      apiRequest<Page<UnitSummary>>(`/geo/units${queryString({ q: q.trim(), structure, pageSize: 30 })}`, {
        signal,
      }).then((page) => page.items),
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
  });

/** Every province of a structure (at most 63), for pickers. */
export const useProvinceOptions = (structure: Structure) =>
  useQuery({
    queryKey: [...GEO_KEY, 'province-options', structure],
    queryFn: ({ signal }) =>
      apiRequest<Page<UnitSummary>>(
        `/geo/units${queryString({ structure, level: 'province', pageSize: 100 })}`,
        {
          signal,
        },
      ).then((answer) => answer.items),
    staleTime: REFERENCE_STALE_MS,
  });

/** The query of one unit with its parent, neighbours and counterpart in the other structure. */
export const unitQuery = (structure: Structure | null, code: string | null) =>
  queryOptions({
    queryKey: [...GEO_KEY, 'unit', structure, code],
    queryFn: ({ signal }) =>
      apiRequest<UnitDetail>(`/geo/units/${structure ?? 'current'}/${encodeURIComponent(code ?? '')}`, {
        signal,
      }),
    enabled: structure !== null && code !== null,
    staleTime: REFERENCE_STALE_MS,
  });

/** One unit with its parent, neighbours and counterpart in the other structure. */
export const useUnit = (structure: Structure | null, code: string | null) =>
  useQuery(unitQuery(structure, code));

/** The unit, commune and distances to the boundaries at a point; null until a point is picked. */
export const useLocate = (point: { lat: number; lon: number } | null) =>
  useQuery({
    queryKey: [...GEO_KEY, 'locate', point?.lat, point?.lon],
    queryFn: ({ signal }) =>
      apiRequest<Location>(`/geo/locate${queryString({ lat: point?.lat, lon: point?.lon })}`, { signal }),
    enabled: point !== null,
    retry: false,
  });

/** The border zones, optionally those touching one province. */
export const useZones = (filter: { structure?: Structure; province?: string | null } = {}) =>
  useQuery({
    queryKey: [...ZONES_KEY, filter.structure ?? null, filter.province ?? null],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Zone[] }>(
        `/geo/zones${queryString({ structure: filter.structure, province: filter.province })}`,
        { signal },
      ).then((answer) => answer.items),
  });

/** The member units of a zone, for the map. */
export const useZoneGeoJson = (zoneId: string | null) =>
  useQuery({
    queryKey: [...ZONES_KEY, 'geojson', zoneId],
    queryFn: ({ signal }) =>
      apiRequest<MapFeatureCollection>(`/geo/zones/${encodeURIComponent(zoneId ?? '')}/geojson`, { signal }),
    enabled: zoneId !== null,
  });

const useZoneChange = <TInput, TOutput>(send: (input: TInput) => Promise<TOutput>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ZONES_KEY }),
  });
};

/** Creates a border zone (administrators). */
export const useCreateZone = () =>
  useZoneChange((body: CreateZoneBody) => apiRequest<Zone>('/geo/zones', { method: 'POST', body }));

/** Renames or re-describes a zone, guarded by its version. */
export const useUpdateZone = () =>
  useZoneChange(({ id, ...body }: { id: string; version: number; name?: string; description?: string }) =>
    apiRequest<Zone>(`/geo/zones/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );

/** Deletes a zone, guarded by its version. */
export const useDeleteZone = () =>
  useZoneChange(({ id, version }: { id: string; version: number }) =>
    apiRequest<void>(`/geo/zones/${encodeURIComponent(id)}${queryString({ version })}`, { method: 'DELETE' }),
  );
