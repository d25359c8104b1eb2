import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed map geometry (npm run geo) against the boundaries and the TERYT register it is
// made from: a missing, extra or renamed unit, or a file grown too big, fails here.
const geoDir = join(import.meta.dirname, 'geo');
const dataDir = join(import.meta.dirname, '..', '..', '..', '..', 'data');

interface Props {
  teryt?: unknown;
  name?: unknown;
  type?: unknown;
}
interface Geometry {
  type: string;
  arcs?: unknown;
  properties?: Props;
}
interface Topology {
  type: string;
  arcs: unknown[];
  objects: Record<string, { geometries: Geometry[] }>;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const topologyOf = (name: string) => readJson<Topology>(join(geoDir, name));
const sourceOf = (name: string) =>
  readJson<{ features: { properties: { teryt: string; name: string; type?: string } }[] }>(join(dataDir, 'geo', `${name}.geojson`))
    .features.map((feature) => feature.properties);

function unitsOf(topology: Topology, object: string) {
  return (topology.objects[object]?.geometries ?? []).map((geometry) => geometry.properties ?? {});
}

function arcIndexes(arcs: unknown): number[] {
  if (typeof arcs === 'number') return [arcs < 0 ? ~arcs : arcs];
  return Array.isArray(arcs) ? arcs.flatMap(arcIndexes) : [];
}

const voivodeships = sourceOf('wojewodztwa');
const powiats = sourceOf('powiaty');
const gminas = sourceOf('gminy');
const register = readFileSync(join(dataDir, 'teryt', 'gminy.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]!);

describe('committed map geometry', () => {
  it('has the national file and one file per voivodeship, each below 150 KB', () => {
    const files = readdirSync(geoDir).filter((file) => file.endsWith('.json')).toSorted();
    expect(files).toEqual(['pl.json', ...voivodeships.map((v) => `${v.teryt}.json`)].toSorted());
    for (const file of files) expect([file, statSync(join(geoDir, file)).size < 150 * 1024]).toEqual([file, true]);
  });

  it('national: every powiat and voivodeship with its code and name', () => {
    const topology = topologyOf('pl.json');
    expect(topology.type).toBe('Topology');
    expect(unitsOf(topology, 'powiaty')).toEqual(powiats.map(({ teryt, name, type }) => ({ teryt, name, type })));
    expect(unitsOf(topology, 'wojewodztwa')).toEqual(voivodeships.map(({ teryt, name }) => ({ teryt, name })));
  });

  it.each(voivodeships.map((v) => [v.teryt, v.name]))('voivodeship %s (%s): its gminas and powiats', (code) => {
    const topology = topologyOf(`${code}.json`);
    expect(unitsOf(topology, 'gminy')).toEqual(
      gminas.filter((g) => g.teryt.startsWith(code)).map(({ teryt, name, type }) => ({ teryt, name, type })),
    );
    expect(unitsOf(topology, 'powiaty')).toEqual(
      powiats.filter((p) => p.teryt.startsWith(code)).map(({ teryt, name, type }) => ({ teryt, name, type })),
    );
    for (const geometry of Object.values(topology.objects).flatMap((object) => object.geometries)) {
      expect(['Polygon', 'MultiPolygon']).toContain(geometry.type);
      expect(arcIndexes(geometry.arcs).length).toBeGreaterThan(0);
    }
  });

  it('draws the coarser layer with the very arcs of the finer one (shared borders)', () => {
    for (const [file, fine, coarse] of [
      ['pl.json', 'powiaty', 'wojewodztwa'],
      ['14.json', 'gminy', 'powiaty'],
      ['02.json', 'gminy', 'powiaty'],
    ] as const) {
      const topology = topologyOf(file);
      const used = new Set(topology.objects[fine]!.geometries.flatMap((g) => arcIndexes(g.arcs)));
      const coarseArcs = topology.objects[coarse]!.geometries.flatMap((g) => arcIndexes(g.arcs));
      expect(coarseArcs.length).toBeGreaterThan(0);
      expect(coarseArcs.filter((arc) => !used.has(arc))).toEqual([]);
      // and nothing else: every arc of the file belongs to the finer layer
      expect(used.size).toBe(topology.arcs.length);
    }
  });

  it('covers every gmina of the TERYT register except the two created in 2025 without a polygon', () => {
    const drawn = new Set(voivodeships.flatMap((v) => unitsOf(topologyOf(`${v.teryt}.json`), 'gminy').map((g) => g.teryt)));
    expect(register).toHaveLength(2479);
    expect(register.filter((code) => !drawn.has(code))).toEqual(['1207132', '2002162']);
    expect([...drawn].filter((code) => !register.includes(code as string))).toEqual([]);
  });
});
