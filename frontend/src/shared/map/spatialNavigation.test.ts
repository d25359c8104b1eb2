import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { layoutMap } from './mapLayout';
import { DIRECTIONS, directionOfKey, navigationGraph, nextInDirection, type NavigationGraph, type Placed } from './spatialNavigation';
import { loadTopology, type MapLevel } from './topology';

/** Every area a user can reach from the first one with the arrow keys alone. */
function reachable(graph: NavigationGraph, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const direction of DIRECTIONS) {
      const id = graph.get(from)?.[direction];
      if (id && !seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

describe('arrow keys on a map', () => {
  // a plus sign of areas around C, and one far off to the north-east
  const areas: Placed[] = [
    { id: 'C', x: 0, y: 0 },
    { id: 'E', x: 10, y: 1 },
    { id: 'W', x: -10, y: 0 },
    { id: 'N', x: 0, y: -10 },
    { id: 'S', x: 1, y: 10 },
    { id: 'NE', x: 30, y: -30 },
  ];
  const at = (id: string) => areas.find((area) => area.id === id)!;

  it('goes to the nearest area in the direction of the key', () => {
    expect(DIRECTIONS.map((direction) => nextInDirection(at('C'), areas, direction))).toEqual(['W', 'E', 'N', 'S']);
  });

  it('prefers what is straight ahead to what is near but aside, and stops at the edge', () => {
    expect(nextInDirection(at('N'), areas, 'right')).toBe('E');
    expect(nextInDirection(at('NE'), areas, 'right')).toBeUndefined();
    expect(nextInDirection(at('W'), areas, 'left')).toBeUndefined();
  });

  it('reads the arrow keys only', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Tab', 'a'].map(directionOfKey)).toEqual(['left', 'right', 'up', 'down', undefined, undefined]);
  });

  it('repairs a map where no move leads to a town inside its rural gmina', () => {
    // R (a rural gmina) lies between four others, each of which prefers another corner;
    // T (its town) borders R only
    const ring: Placed[] = [
      { id: 'A', x: 0, y: 0 },
      { id: 'B', x: 10, y: 0 },
      { id: 'C', x: 0, y: 10 },
      { id: 'D', x: 10, y: 10 },
      { id: 'R', x: 5, y: 5 },
      { id: 'T', x: 5.1, y: 5.05 },
    ];
    const borders = new Map([
      ['A', ['B', 'C', 'R']],
      ['B', ['A', 'D', 'R']],
      ['C', ['A', 'D', 'R']],
      ['D', ['B', 'C', 'R']],
      ['R', ['A', 'B', 'C', 'D', 'T']],
      ['T', ['R']],
    ]);
    const unrepaired: NavigationGraph = new Map(
      ring.map((area) => [area.id, Object.fromEntries(DIRECTIONS.map((d) => [d, nextInDirection(area, ring, d, borders)]))]),
    );
    expect(reachable(unrepaired, 'A')).toEqual(new Set(['A', 'B', 'C', 'D']));

    const graph = navigationGraph(ring, borders);
    expect(reachable(graph, 'A')).toEqual(new Set(['A', 'B', 'C', 'D', 'R', 'T']));
    // the moves out of R and T are untouched: R → T, T → R
    expect(graph.get('R')).toEqual(unrepaired.get('R'));
    expect(Object.values(graph.get('T')!)).toContain('R');
  });

  const maps: [string, MapLevel][] = [
    ['pl', 'wojewodztwa'],
    ['pl', 'powiaty'],
    ...['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32'].flatMap(
      (code): [string, MapLevel][] => [
        [code, 'gminy'],
        [code, 'powiaty'],
      ],
    ),
  ];

  it.each(maps)('reaches every area of %s (%s) from the first one', async (scope, level) => {
    const topology = await loadTopology(scope);
    const layout = layoutMap(topology, level);
    expect(layout.shapes.length).toBeGreaterThan(0);
    for (const shape of layout.shapes) {
      // drawn inside the picture, with a real outline (a ring wound the wrong way would fill the globe)
      expect(shape.x).toBeGreaterThanOrEqual(0);
      expect(shape.x).toBeLessThanOrEqual(800);
      expect(shape.y).toBeGreaterThanOrEqual(0);
      expect(shape.y).toBeLessThanOrEqual(layout.height);
    }
    for (const unit of layout.units) expect(geoArea(unit)).toBeLessThan(0.01);
    expect(reachable(layout.navigation, layout.shapes[0]!.id).size).toBe(layout.shapes.length);
  });

  it('reaches every gmina of every powiat drawn on its own, and the powiats of every voivodeship', async () => {
    const unreachable: string[] = [];
    const poland = await loadTopology('pl');
    for (const voivodeship of poland.objects.wojewodztwa!.geometries.map((g) => g.properties!.teryt)) {
      const powiats = layoutMap(poland, 'powiaty', voivodeship);
      if (reachable(powiats.navigation, powiats.shapes[0]!.id).size !== powiats.shapes.length) unreachable.push(voivodeship);
      // oxlint-disable-next-line no-await-in-loop
      const topology = await loadTopology(voivodeship);
      for (const powiat of topology.objects.powiaty!.geometries.map((g) => g.properties!.teryt)) {
        const gminas = layoutMap(topology, 'gminy', powiat);
        if (reachable(gminas.navigation, gminas.shapes[0]!.id).size !== gminas.shapes.length) unreachable.push(powiat);
      }
    }
    expect(unreachable).toEqual([]);
  });
});
