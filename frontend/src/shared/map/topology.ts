import { useQuery } from '@tanstack/react-query';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

/** Layers of the shipped geometry (object names in the TopoJSON files). */
export type MapLevel = 'wojewodztwa' | 'powiaty' | 'gminy';

/** The properties every area carries: TERYT code, TERC name and TERC type (`NAZWA_DOD`). */
export interface UnitProperties {
  teryt: string;
  name: string;
  type?: string;
}

/**
 * A shipped geometry file: `pl` holds `powiaty` and `wojewodztwa`, a voivodeship's file (`14`)
 * its `gminy` and `powiaty`. See ADR 0028 and `scripts/geo/build.mjs`.
 */
export type RegionTopology = Topology<Partial<Record<MapLevel, UnitCollection>>>;

/** An area of a layer: a polygon or a multipolygon with its unit's properties. */
export type UnitGeometry = (TopoPolygon<UnitProperties> | TopoMultiPolygon<UnitProperties>) & { properties: UnitProperties };

export interface UnitCollection {
  type: 'GeometryCollection';
  geometries: UnitGeometry[];
}

/** `pl` (the nation) or a voivodeship's 2-digit TERYT code. */
export type MapScope = string;

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

// each file becomes its own chunk, fetched only when a map of that scope is drawn
const files = import.meta.glob<RegionTopology>('./geo/*.json', { import: 'default' });

export function hasTopology(scope: MapScope): boolean {
  return `./geo/${scope}.json` in files;
}

export async function loadTopology(scope: MapScope): Promise<RegionTopology> {
  const load = files[`./geo/${scope}.json`];
  if (!load) throw new Error(`No map geometry for "${scope}"`);
  return load();
}

/** The geometry of a scope, loaded once per session (it changes only with a new build). */
export function useTopology(scope: MapScope) {
  return useQuery({
    queryKey: ['map-geometry', scope] as const,
    queryFn: () => loadTopology(scope),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** The areas of one layer, optionally only those whose TERYT code starts with `within`. */
export function unitFeatures(topology: RegionTopology, level: MapLevel, within?: string): UnitFeature[] {
  return unitsWithNeighbours(topology, level, within).units;
}

/**
 * The areas of one layer (optionally only those within a TERYT prefix) and, for each, the
 * TERYT codes of the drawn areas it shares a border with (from the topology's shared arcs).
 */
export function unitsWithNeighbours(
  topology: RegionTopology,
  level: MapLevel,
  within?: string,
): { units: UnitFeature[]; neighbours: Map<string, string[]> } {
  const object = topology.objects[level];
  if (!object) return { units: [], neighbours: new Map() };
  const geometries = within ? object.geometries.filter((g) => g.properties.teryt.startsWith(within)) : object.geometries;
  const units = geometries.map((geometry) => feature(topology, geometry) as unknown as UnitFeature);
  const adjacent = neighbors(geometries);
  const neighbours = new Map(
    units.map((unit, i) => [unit.properties.teryt, (adjacent[i] ?? []).map((j) => units[j]!.properties.teryt)]),
  );
  return { units, neighbours };
}

/** Names of the areas one level up (a powiat for a gmina, a voivodeship for a powiat), by code. */
export function parentNames(topology: RegionTopology, level: MapLevel): Map<string, string> {
  const parent = level === 'gminy' ? topology.objects.powiaty : level === 'powiaty' ? topology.objects.wojewodztwa : undefined;
  return new Map((parent?.geometries ?? []).map((g) => [g.properties.teryt, g.properties.name]));
}

/**
 * The borders of the coarser layer inside the drawn area (powiat borders over a voivodeship's
 * gminas, voivodeship borders over the nation's powiats), as one line.
 */
export function innerBorders(topology: RegionTopology, level: MapLevel, within?: string) {
  const coarser = level === 'gminy' ? topology.objects.powiaty : level === 'powiaty' ? topology.objects.wojewodztwa : undefined;
  if (!coarser) return null;
  const inside = (g: GeometryObject) => {
    const teryt = (g.properties as UnitProperties | undefined)?.teryt;
    return !within || (teryt !== undefined && teryt.startsWith(within.slice(0, teryt.length)));
  };
  return mesh(topology, coarser, (a, b) => a !== b && inside(a) && inside(b));
}
