export const MAP_KINDS = ['point', 'hotspot', 'case', 'seizure'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

/** The map's features as parallel columns (docs/api-map.md): feature i is `ids[i]`, `kinds[i]`, ... */
export type MapFeatures = {
  kindNames: MapKind[];
  ids: string[];
  kinds: number[];
  lat: number[];
  lon: number[];
  exact: number[];
  status: (string | null)[];
  drug: (string | null)[];
  day: string[];
  counts: Record<MapKind, number>;
  truncated: boolean;
};

export type MapFilter = {
  kinds: MapKind[];
  status: string | null;
  drug: string | null;
  zone: string | null;
  from: string;
  to: string;
};
