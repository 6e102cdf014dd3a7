import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { MapFeatures, MapFilter } from './types';

const queryString = (filter: MapFilter): string => {
  const search = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.kinds.length > 0) search.set('kinds', filter.kinds.join(','));
  if (filter.status) search.set('status', filter.status);
  if (filter.drug) search.set('drug', filter.drug);
  if (filter.zone) search.set('zone', filter.zone);
  return search.toString();
};

/** The features the user may see for a filter, for the whole country (the map clusters them itself). */
export const useMapFeatures = (filter: MapFilter) =>
  useQuery({
    queryKey: ['operations-map', filter],
    queryFn: ({ signal }) => apiRequest<MapFeatures>(`/map/features?${queryString(filter)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled: filter.kinds.length > 0,
  });

/** The columns as a GeoJSON collection of points for MapLibre's clustering source. */
export const toGeoJson = (features: MapFeatures | undefined): GeoJSON.FeatureCollection<GeoJSON.Point> => ({
  type: 'FeatureCollection',
  features: (features?.ids ?? []).map((id, i) => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [features?.lon[i] ?? 0, features?.lat[i] ?? 0] },
    properties: {
      id,
      kind: features?.kindNames[features.kinds[i] ?? 0] ?? 'point',
      exact: features?.exact[i] ?? 0,
    },
  })),
});
