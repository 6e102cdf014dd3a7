import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../../../ui/map-view';
import { boundsOf } from '../map/geojson-bounds';
import { setSourceData } from '../map/map-sources';
import {
  addProvinceLayers,
  LAYERS,
  SOURCES,
  setPickedPoint,
  setProvinceHighlight,
  toLabelPoints,
} from '../map/province-layers';
import type { MapFeatureCollection, Structure } from '../types';

export type MapPick = { lat: number; lon: number; provinceCode: string | null };

type ProvinceMapProps = {
  structure: Structure;
  provinces: MapFeatureCollection | undefined;
  detail: MapFeatureCollection | undefined;
  zone: MapFeatureCollection | undefined;
  selected: string | null;
  neighbours: string[];
  point: { lat: number; lon: number } | null;
  /** Changes when the page asks the map to show the selected province (picked from a list). */
  focusRequest: number;
  onPick: (pick: MapPick) => void;
};

const MAP_TEST_ID = 'geo-map';

/** The country map: provinces of one structure, neighbour countries, highlights and the picked point. */
export const ProvinceMap = (props: ProvinceMapProps) => {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const { structure, provinces, detail, zone, selected, neighbours, point, focusRequest, onPick } = props;

  const handleReady = useCallback((ready: MapLibreMap) => {
    addProvinceLayers(ready);
    setMap(ready);
  }, []);

  useEffect(() => {
    if (!map) {
      return;
    }
    const handleClick = (event: MapMouseEvent) => {
      const [hit] = map.queryRenderedFeatures(event.point, { layers: [LAYERS.provinceFill] });
      const code = hit?.properties.code;
      onPick({
        lat: event.lngLat.lat,
        lon: event.lngLat.lng,
        provinceCode: typeof code === 'string' ? code : null,
      });
    };
    const setPointer = () => {
      map.getCanvas().style.cursor = 'crosshair';
    };
    map.on('click', handleClick);
    map.on('mouseenter', LAYERS.provinceFill, setPointer);
    return () => {
      map.off('click', handleClick);
      map.off('mouseenter', LAYERS.provinceFill, setPointer);
    };
  }, [map, onPick]);

  useEffect(() => {
    if (map) {
      setSourceData(map, SOURCES.provinces, provinces ?? null);
      setSourceData(map, SOURCES.labels, provinces ? toLabelPoints(provinces) : null);
      map.getContainer().dataset.structure = provinces ? structure : '';
    }
  }, [map, provinces, structure]);

  useEffect(() => {
    if (map) {
      setSourceData(map, SOURCES.detail, detail ?? null);
    }
  }, [map, detail]);

  useEffect(() => {
    if (!map) {
      return;
    }
    setSourceData(map, SOURCES.zone, zone ?? null);
    const bounds = zone ? boundsOf(zone.features.map((feature) => feature.geometry)) : undefined;
    if (bounds) {
      map.fitBounds(bounds, { padding: 60, maxZoom: 11, duration: 600 });
    }
  }, [map, zone]);

  useEffect(() => {
    if (map) {
      setProvinceHighlight(map, { selected, neighbours });
    }
  }, [map, selected, neighbours]);

  useEffect(() => {
    if (map) {
      setPickedPoint(map, point);
    }
  }, [map, point]);

  // Only a new request moves the map; a click on the map itself never does.
  const handledFocus = useRef(0);
  useEffect(() => {
    if (!map || focusRequest === handledFocus.current || !selected || !provinces) {
      return;
    }
    handledFocus.current = focusRequest;
    const geometries = provinces.features
      .filter((feature) => feature.properties.kind === 'province' && feature.properties.code === selected)
      .map((feature) => feature.geometry);
    const bounds = boundsOf(geometries);
    if (bounds) {
      map.fitBounds(bounds, { padding: 60, maxZoom: 9, duration: 600 });
    }
  }, [map, focusRequest, selected, provinces]);

  return (
    <MapView
      testId={MAP_TEST_ID}
      height="max(420px, calc(100vh - 300px))"
      ariaLabel={t('geo.map.ariaLabel')}
      attribution={t('geo.map.attribution')}
      onReady={handleReady}
      onRemove={() => setMap(null)}
    />
  );
};
