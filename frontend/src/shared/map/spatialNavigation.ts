export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  /** a point of the area on screen (x to the right, y downwards) */
  x: number;
  y: number;
}

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function directionOfKey(key: string): Direction | undefined {
  return KEYS[key];
}

function best(from: Placed, areas: Iterable<Placed>, direction: Direction): string | undefined {
  let found: string | undefined;
  let bestScore = Infinity;
  for (const area of areas) {
    if (area.id === from.id) continue;
    const dx = area.x - from.x;
    const dy = area.y - from.y;
    const [ahead, aside] =
      direction === 'right' ? [dx, dy] : direction === 'left' ? [-dx, dy] : direction === 'down' ? [dy, dx] : [-dy, dx];
    if (ahead <= 0) continue;
    const score = ahead + 2 * Math.abs(aside);
    if (score < bestScore) {
      bestScore = score;
      found = area.id;
    }
  }
  return found;
}

/**
 * The area to move to with an arrow key. Among the areas sharing a border with the current one
 * (when known) and lying in that direction, the nearest, counting a sideways offset twice (so
 * "right" prefers what is straight to the right over what is near but above); with no such
 * neighbour, the nearest such area of the whole map (islands, exclaves). Undefined at the edge.
 * Moving between neighbours is what reaches a town inside its rural gmina: their centres are
 * close, and from anywhere else something nearer would always win.
 */
export function nextInDirection(
  from: Placed,
  areas: readonly Placed[],
  direction: Direction,
  neighbours?: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const adjacent = neighbours?.get(from.id);
  if (adjacent && adjacent.length > 0) {
    const ids = new Set(adjacent);
    const found = best(from, areas.filter((area) => ids.has(area.id)), direction);
    if (found) return found;
  }
  return best(from, areas, direction);
}

export const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];

/** Where each arrow key leads from each area (by id). */
export type NavigationGraph = Map<string, Partial<Record<Direction, string>>>;

function reachableFrom(start: string, graph: NavigationGraph): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of Object.values(graph.get(queue.shift()!) ?? {})) {
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The directions in which `to` lies from `from`, the main one first. */
function directionsTowards(from: Placed, to: Placed): Direction[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const horizontal: Direction = dx >= 0 ? 'right' : 'left';
  const vertical: Direction = dy >= 0 ? 'down' : 'up';
  return Math.abs(dx) >= Math.abs(dy) ? [horizontal, vertical] : [vertical, horizontal];
}

/**
 * The arrow keys' moves for a whole map: {@link nextInDirection} from every area, then repaired
 * so that the arrows alone reach every area from the first one (and Home returns to the first):
 * an area no move leads to (a town ringed by its rural gmina whose neighbours all prefer
 * others) becomes the move, towards it, of a reachable area that borders it — a change kept
 * only when it reaches more areas than before.
 */
export function navigationGraph(areas: readonly Placed[], neighbours?: ReadonlyMap<string, readonly string[]>): NavigationGraph {
  const graph: NavigationGraph = new Map(
    areas.map((area) => [area.id, Object.fromEntries(DIRECTIONS.map((d) => [d, nextInDirection(area, areas, d, neighbours)]))]),
  );
  const first = areas[0];
  if (!first) return graph;
  const byId = new Map(areas.map((area) => [area.id, area]));
  const distance = (a: Placed, b: Placed) => Math.hypot(a.x - b.x, a.y - b.y);
  let seen = reachableFrom(first.id, graph);
  while (seen.size < areas.length) {
    let repaired = false;
    for (const lost of areas) {
      if (seen.has(lost.id)) continue;
      const bordering = (neighbours?.get(lost.id) ?? []).filter((id) => seen.has(id)).map((id) => byId.get(id)!);
      const sources = (bordering.length > 0 ? bordering : [...seen].map((id) => byId.get(id)!)).toSorted(
        (a, b) => distance(a, lost) - distance(b, lost),
      );
      for (const source of sources) {
        const moves = graph.get(source.id)!;
        for (const direction of directionsTowards(source, lost)) {
          const before = moves[direction];
          moves[direction] = lost.id;
          const after = reachableFrom(first.id, graph);
          if (after.size > seen.size) {
            seen = after;
            repaired = true;
            break;
          }
          moves[direction] = before;
        }
        if (repaired) break;
      }
      if (repaired) break;
    }
    if (!repaired) break;
  }
  return graph;
}
