import { lazy } from 'react';

/**
 * The map panel in a chunk of its own, with d3-geo, topojson-client and the map's styles:
 * pages import it from here (inside a `<Suspense>`), so only a page that shows a map loads them.
 * Each voivodeship's geometry is a further chunk, fetched when its map is first drawn.
 */
export const IndicatorMapPanel = lazy(() => import('./IndicatorMapPanel'));

export type { IndicatorMapPanelProps, IndicatorRow } from './IndicatorMapPanel';
