import 'maplibre-gl/dist/maplibre-gl.css';
import { Box } from '@mantine/core';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';

// The worker ships with the app (Vite emits it as an asset): no CDN, and it works offline.
maplibregl.setWorkerUrl(new URL(workerUrl, window.location.href).href);

/** Vietnam and its neighbours' border provinces, the view every map opens on. */
export const VIETNAM_BOUNDS: maplibregl.LngLatBoundsLike = [
  [101.8, 8.2],
  [110.2, 23.6],
];

/** A style with no tile server: a neutral background only; each page adds its own GeoJSON layers. */
const BLANK_STYLE: maplibregl.StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe7ee' } }],
};

declare global {
  interface Window {
    /** Set only under automation (`navigator.webdriver`) or with `?test` in the URL, for browser tests. */
    giapranhMaps?: Record<string, maplibregl.Map>;
  }
}

const isTestRun = (): boolean =>
  navigator.webdriver || new URLSearchParams(window.location.search).has('test');

type MapViewProps = {
  /** Names the map for tests (`data-testid`, and `window.giapranhMaps[testId]` under automation). */
  testId: string;
  height: number | string;
  bounds?: maplibregl.LngLatBoundsLike;
  /** Credits of the data drawn, shown in the corner. */
  attribution?: string;
  ariaLabel: string;
  /** Called once the style is loaded; the page adds its sources and layers then. */
  onReady: (map: maplibregl.Map) => void;
  /** Called when the map is removed (page left). */
  onRemove?: () => void;
};

/** A MapLibre map on a blank background, fitted to Vietnam; the worker comes from our own server. */
export const MapView = ({
  testId,
  height,
  bounds,
  attribution,
  ariaLabel,
  onReady,
  onRemove,
}: MapViewProps) => {
  const containerRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onRemove });
  callbacks.current = { onReady, onRemove };
  const initial = useRef({ bounds: bounds ?? VIETNAM_BOUNDS, attribution });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const map = new maplibregl.Map({
      container,
      style: BLANK_STYLE,
      bounds: initial.current.bounds,
      fitBoundsOptions: { padding: 16 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 13,
      minZoom: 3,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    if (initial.current.attribution) {
      map.addControl(
        new maplibregl.AttributionControl({ compact: true, customAttribution: initial.current.attribution }),
        'bottom-right',
      );
    }
    map.on('load', () => {
      if (isTestRun()) {
        window.giapranhMaps = { ...window.giapranhMaps, [testId]: map };
      }
      callbacks.current.onReady(map);
    });
    return () => {
      if (window.giapranhMaps?.[testId] === map) {
        delete window.giapranhMaps[testId];
      }
      callbacks.current.onRemove?.();
      map.remove();
    };
  }, [testId]);

  return (
    <Box
      ref={containerRef}
      h={height}
      w="100%"
      role="region"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}
    />
  );
};
