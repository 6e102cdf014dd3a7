import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeatureCollection } from '../types';
import { labelPointOf } from './geojson-bounds';
import { addEmptySources, setSourceData } from './map-sources';

/** The map's sources: the whole country, the selected province's detail, a zone, and the picked point. */
export const SOURCES = {
  provinces: 'provinces',
  detail: 'province-detail',
  zone: 'zone',
  point: 'picked-point',
  labels: 'labels',
} as const;

/** Layer ids the page and tests refer to. */
export const LAYERS = {
  provinceFill: 'province-fill',
  foreignFill: 'foreign-fill',
  neighbourFill: 'province-neighbour-fill',
  selectedFill: 'province-selected-fill',
  selectedLine: 'province-selected-line',
  provinceLabel: 'province-label',
} as const;

const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const hasCodeIn = (codes: string[]): ExpressionSpecification => ['in', ['get', 'code'], ['literal', codes]];
const NONE: ExpressionSpecification = ['==', ['get', 'code'], '\u0000'];

// Five soft tints so that neighbouring provinces are told apart without a legend.
const PROVINCE_TINT: ExpressionSpecification = [
  'match',
  ['%', ['to-number', ['get', 'code'], 0], 5],
  0,
  '#f6f0dc',
  1,
  '#e6efdc',
  2,
  '#f3e4df',
  3,
  '#e0e9f2',
  '#ece4f2',
];

// No glyph server: MapLibre draws the labels with the browser's own sans-serif font.
const LABEL_FONT = ['sans-serif'];

const LAYER_SPECS: LayerSpecification[] = [
  {
    id: LAYERS.foreignFill,
    type: 'fill',
    source: SOURCES.provinces,
    filter: isKind('foreign'),
    paint: { 'fill-color': '#ebe8e1' },
  },
  {
    id: 'foreign-line',
    type: 'line',
    source: SOURCES.provinces,
    filter: isKind('foreign'),
    paint: { 'line-color': '#bdb7aa', 'line-width': 0.6 },
  },
  {
    id: LAYERS.provinceFill,
    type: 'fill',
    source: SOURCES.provinces,
    filter: isKind('province'),
    paint: { 'fill-color': PROVINCE_TINT },
  },
  {
    id: LAYERS.neighbourFill,
    type: 'fill',
    source: SOURCES.provinces,
    filter: NONE,
    paint: { 'fill-color': '#ffc078', 'fill-opacity': 0.75 },
  },
  {
    id: LAYERS.selectedFill,
    type: 'fill',
    source: SOURCES.provinces,
    filter: NONE,
    paint: { 'fill-color': '#4dabf7', 'fill-opacity': 0.6 },
  },
  {
    id: 'zone-fill',
    type: 'fill',
    source: SOURCES.zone,
    filter: ['!=', ['get', 'kind'], 'zone_boundary'],
    paint: { 'fill-color': '#7048e8', 'fill-opacity': 0.35 },
  },
  {
    id: 'commune-line',
    type: 'line',
    source: SOURCES.detail,
    filter: isKind('commune'),
    minzoom: 7,
    paint: { 'line-color': '#8d99a6', 'line-width': 0.4 },
  },
  {
    id: 'province-line',
    type: 'line',
    source: SOURCES.provinces,
    filter: isKind('province'),
    paint: { 'line-color': '#6c7a89', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.4] },
  },
  {
    id: 'zone-line',
    type: 'line',
    source: SOURCES.zone,
    paint: { 'line-color': '#5f3dc4', 'line-width': 1.6 },
  },
  {
    id: 'national-border-line',
    type: 'line',
    source: SOURCES.provinces,
    filter: isKind('national_border'),
    paint: { 'line-color': '#c92a2a', 'line-width': 2 },
  },
  {
    id: LAYERS.selectedLine,
    type: 'line',
    source: SOURCES.provinces,
    filter: NONE,
    paint: { 'line-color': '#1864ab', 'line-width': 2.5 },
  },
  {
    id: 'point-circle',
    type: 'circle',
    source: SOURCES.point,
    paint: {
      'circle-radius': 6,
      'circle-color': '#e03131',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'foreign-label',
    type: 'symbol',
    source: SOURCES.labels,
    filter: isKind('foreign'),
    minzoom: 5.5,
    layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 10 },
    paint: { 'text-color': '#7d7868', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
  },
  {
    id: LAYERS.provinceLabel,
    type: 'symbol',
    source: SOURCES.labels,
    filter: isKind('province'),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 14],
      'text-max-width': 7,
    },
    paint: { 'text-color': '#212529', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
  },
];

/** Adds the empty sources and every layer, bottom to top. */
export const addProvinceLayers = (map: MapLibreMap): void => {
  addEmptySources(map, Object.values(SOURCES));
  for (const layer of LAYER_SPECS) {
    map.addLayer(layer);
  }
};

/** One point per province and foreign unit, where its name is written. */
export const toLabelPoints = (collection: MapFeatureCollection): MapFeatureCollection => ({
  type: 'FeatureCollection',
  features: collection.features.flatMap((feature) => {
    const at = feature.properties.kind === 'national_border' ? undefined : labelPointOf(feature.geometry);
    return at
      ? [{ type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: at } }]
      : [];
  }),
});

/** Highlights the selected province and its neighbours (codes of the structure shown). */
export const setProvinceHighlight = (
  map: MapLibreMap,
  highlight: { selected: string | null; neighbours: string[] },
): void => {
  const selected = highlight.selected ? hasCodeIn([highlight.selected]) : NONE;
  const provinceOnly = (filter: ExpressionSpecification): ExpressionSpecification => [
    'all',
    isKind('province'),
    filter,
  ];
  map.setFilter(LAYERS.selectedFill, provinceOnly(selected));
  map.setFilter(LAYERS.selectedLine, provinceOnly(selected));
  map.setFilter(LAYERS.neighbourFill, provinceOnly(hasCodeIn(highlight.neighbours)));
};

/** Shows (or clears) the picked point. */
export const setPickedPoint = (map: MapLibreMap, point: { lat: number; lon: number } | null): void => {
  setSourceData(
    map,
    SOURCES.point,
    point
      ? {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { kind: 'province' },
              geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
            },
          ],
        }
      : null,
  );
};
