import { geoConicConformal, geoPath } from 'd3-geo';
import { navigationGraph, type NavigationGraph } from './spatialNavigation';
import { innerBorders, unitsWithNeighbours, type MapLevel, type RegionTopology, type UnitFeature } from './topology';

/** Width of the drawing in SVG units; the SVG scales to its container (viewBox), keeping the aspect. */
export const MAP_WIDTH = 800;
const PADDING = 8;

export interface MapShape {
  /** TERYT code */
  id: string;
  /** SVG path data */
  d: string;
  /** the centroid on the drawing: where the keyboard's arrows and a focus tooltip start from */
  x: number;
  y: number;
}

export interface MapLayout {
  height: number;
  units: UnitFeature[];
  shapes: MapShape[];
  /** TERYT codes of the drawn areas that share a border with each area */
  neighbours: Map<string, string[]>;
  /** where each arrow key leads from each area */
  navigation: NavigationGraph;
  /** the coarser layer's borders inside the area (path data, '' when none) */
  borders: string;
}

/**
 * Projects the areas onto a drawing MAP_WIDTH wide and as high as they need: a conformal conic
 * projection centred on Poland (meridian 19.2° E, standard parallels 49.5° and 54.5° N, shapes
 * kept as on official maps), fitted to the areas drawn (a voivodeship, a powiat, the nation).
 */
export function layoutMap(topology: RegionTopology, level: MapLevel, within?: string): MapLayout {
  const { units, neighbours } = unitsWithNeighbours(topology, level, within);
  const collection = { type: 'FeatureCollection' as const, features: units };
  const projection = geoConicConformal().rotate([-19.2, 0]).parallels([49.5, 54.5]);
  projection.fitWidth(MAP_WIDTH - 2 * PADDING, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const height = Math.max(1, Math.ceil(bottom - top + 2 * PADDING));
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, height - PADDING],
    ],
    collection,
  );
  const path = geoPath(projection);
  const borders = innerBorders(topology, level, within);
  const shapes = units.map((unit) => {
    const [x, y] = path.centroid(unit);
    return { id: unit.properties.teryt, d: path(unit) ?? '', x, y };
  });
  return {
    height,
    units,
    neighbours,
    navigation: navigationGraph(shapes, neighbours),
    shapes,
    borders: borders ? (path(borders) ?? '') : '',
  };
}
