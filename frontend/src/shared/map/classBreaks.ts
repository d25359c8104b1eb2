/**
 * Class breaks of a choropleth: pure functions, no drawing.
 *
 * A classification is the list of class upper bounds; class i holds the values v with
 * upper[i-1] < v ≤ upper[i] (the first class starts at `min`). Classes never overlap, never
 * are empty and never repeat a bound: with fewer distinct values than classes asked for, each
 * distinct value is its own class.
 */
export type ClassMethod = 'quantile' | 'jenks';

export interface ClassBreaks {
  method: ClassMethod;
  /** the smallest value, lower bound of the first class */
  min: number;
  /** upper bound of each class, ascending; the last is the largest value */
  upper: number[];
}

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

function sortedFinite(values: readonly number[]): number[] {
  return values.filter((value) => Number.isFinite(value)).toSorted((a, b) => a - b);
}

function distinctCount(sorted: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

function unique(bounds: number[]): number[] {
  return bounds.filter((bound, i) => i === 0 || bound !== bounds[i - 1]);
}

/**
 * Quantile classes: about the same number of units in each class. The bounds are values of
 * the data (the value at each k-th rank), so every class holds at least one unit.
 */
export function quantileBreaks(values: readonly number[], classes: number): ClassBreaks | null {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return null;
  const k = Math.max(1, Math.min(classes, distinctCount(sorted)));
  const upper: number[] = [];
  for (let i = 1; i <= k; i++) upper.push(sorted[Math.ceil((i * sorted.length) / k) - 1]!);
  return { method: 'quantile', min: sorted[0]!, upper: unique(upper) };
}

/**
 * Jenks natural breaks (Fisher's exact optimisation by dynamic programming): the classes with
 * the smallest sum of squared deviations from their class means. O(k·n²): a voivodeship's
 * gminas (≤ 314) or the nation's powiats (380) take a few milliseconds.
 */
export function jenksBreaks(values: readonly number[], classes: number): ClassBreaks | null {
  const data = sortedFinite(values);
  const n = data.length;
  if (n === 0) return null;
  const k = Math.max(1, Math.min(classes, distinctCount(data)));
  // lower[l][j]: 1-based index of the first value of the last class when the first l values form j classes
  const lower: number[][] = Array.from({ length: n + 1 }, () => Array.from({ length: k + 1 }, () => 0));
  const cost: number[][] = Array.from({ length: n + 1 }, () => Array.from({ length: k + 1 }, () => Infinity));
  for (let j = 1; j <= k; j++) {
    lower[1]![j] = 1;
    cost[1]![j] = 0;
  }
  for (let l = 2; l <= n; l++) {
    let sum = 0;
    let sumSquares = 0;
    let deviation = 0;
    for (let m = 1; m <= l; m++) {
      const first = l - m + 1;
      const value = data[first - 1]!;
      sum += value;
      sumSquares += value * value;
      deviation = sumSquares - (sum * sum) / m;
      const before = first - 1;
      if (before !== 0) {
        for (let j = 2; j <= k; j++) {
          const candidate = deviation + cost[before]![j - 1]!;
          if (cost[l]![j]! >= candidate) {
            lower[l]![j] = first;
            cost[l]![j] = candidate;
          }
        }
      }
    }
    lower[l]![1] = 1;
    cost[l]![1] = deviation;
  }
  const upper = Array.from({ length: k }, () => 0);
  upper[k - 1] = data[n - 1]!;
  let end = n;
  for (let j = k; j >= 2; j--) {
    const first = lower[end]![j]!;
    upper[j - 2] = data[first - 2]!;
    end = first - 1;
  }
  return { method: 'jenks', min: data[0]!, upper: unique(upper) };
}

export function classBreaks(values: readonly number[], classes: number, method: ClassMethod): ClassBreaks | null {
  const k = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(classes)));
  return method === 'jenks' ? jenksBreaks(values, k) : quantileBreaks(values, k);
}

/** The class (0-based) of a value; values outside [min, max] go to the nearest end class. */
export function classOf(value: number, breaks: ClassBreaks): number {
  const index = breaks.upper.findIndex((bound) => value <= bound);
  return index === -1 ? breaks.upper.length - 1 : index;
}

/** The lower bound of class i (the previous upper bound, or `min` for the first class). */
export function lowerBoundOf(index: number, breaks: ClassBreaks): number {
  return index === 0 ? breaks.min : breaks.upper[index - 1]!;
}

/**
 * Sequential fills from light (few) to dark (many): ColorBrewer YlGnBu (Cynthia Brewer, Penn
 * State), marked safe for colour-blind readers. Lightness rises steadily with the class, so the
 * order reads without hue too, and in greyscale print.
 */
const PALETTES: Record<number, readonly string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#225ea8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** The fill of each class of a classification with `count` classes (1–7). */
export function paletteFor(count: number): readonly string[] {
  const palette = PALETTES[Math.max(1, Math.min(MAX_CLASSES, count))];
  if (!palette) throw new Error(`no palette for ${count} classes`);
  return palette;
}
