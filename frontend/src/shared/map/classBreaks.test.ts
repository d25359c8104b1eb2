import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, jenksBreaks, lowerBoundOf, paletteFor, quantileBreaks, type ClassBreaks } from './classBreaks';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function classesOf(values: number[], breaks: ClassBreaks): number[][] {
  const classes = breaks.upper.map((): number[] => []);
  for (const value of values) classes[classOf(value, breaks)]!.push(value);
  return classes;
}

function squaredDeviations(groups: number[][]): number {
  return groups.reduce((total, group) => {
    const mean = group.reduce((a, b) => a + b, 0) / group.length;
    return total + group.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  }, 0);
}

/** The best split of sorted values into k contiguous groups, by trying every one. */
function bruteForceBest(sorted: number[], k: number): number {
  if (k === 1) return squaredDeviations([sorted]);
  let best = Infinity;
  for (let cut = 1; cut <= sorted.length - k + 1; cut++) {
    best = Math.min(best, squaredDeviations([sorted.slice(0, cut)]) + bruteForceBest(sorted.slice(cut), k - 1));
  }
  return best;
}

describe('quantile breaks', () => {
  it('puts about the same number of values in each class', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    const breaks = quantileBreaks(values, 5)!;
    expect(breaks).toEqual({ method: 'quantile', min: 1, upper: [4, 8, 12, 16, 20] });
    expect(classesOf(values, breaks).map((group) => group.length)).toEqual([4, 4, 4, 4, 4]);
  });

  it('uses values of the data as bounds and ignores the order and non-finite input', () => {
    expect(quantileBreaks([9.5, 0.5, 3, Number.NaN, 7, 1.5, Infinity], 3)).toEqual({ method: 'quantile', min: 0.5, upper: [1.5, 7, 9.5] });
  });

  it('merges classes that would repeat a bound', () => {
    // 0 is a quarter of the values and more: the lower classes collapse into one
    const breaks = quantileBreaks([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], 5)!;
    expect(breaks.upper).toEqual([0, 2, 4]);
    expect(classesOf([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], breaks).every((group) => group.length > 0)).toBe(true);
  });
});

describe('Jenks natural breaks', () => {
  it('finds obvious clusters', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual({ method: 'jenks', min: 1, upper: [3, 12, 22] });
    expect(jenksBreaks([22, 0.5, 0.7, 30, 0.6, 25, 100], 3)!.upper).toEqual([0.7, 30, 100]);
  });

  it.each([1, 2, 3, 4, 5])('is optimal: no other split has less squared deviation (random set %i)', (seed) => {
    const next = random(seed);
    const values = Array.from({ length: 12 }, () => Math.round(next() * 1000) / 10);
    for (const k of [2, 3, 4]) {
      const breaks = jenksBreaks(values, k)!;
      expect(breaks.upper).toHaveLength(k);
      const found = squaredDeviations(classesOf(values, breaks));
      expect(found).toBeCloseTo(bruteForceBest(values.toSorted((a, b) => a - b), k), 6);
    }
  });

  it('gives each distinct value its own class when there are fewer than asked for', () => {
    expect(jenksBreaks([5, 5, 2, 2, 9], 5)).toEqual({ method: 'jenks', min: 2, upper: [2, 5, 9] });
    expect(jenksBreaks([4, 4, 4], 5)).toEqual({ method: 'jenks', min: 4, upper: [4] });
  });

  it('handles a national set of powiats quickly', () => {
    const next = random(42);
    const values = Array.from({ length: 380 }, () => next() * 50);
    const started = performance.now();
    const breaks = jenksBreaks(values, 7)!;
    expect(breaks.upper).toHaveLength(7);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('classification', () => {
  it('answers null without values, and keeps the number of classes between 3 and 7', () => {
    expect(classBreaks([], 5, 'quantile')).toBeNull();
    expect(classBreaks([Number.NaN], 5, 'jenks')).toBeNull();
    const values = Array.from({ length: 50 }, (_, i) => i);
    expect(classBreaks(values, 1, 'quantile')!.upper).toHaveLength(3);
    expect(classBreaks(values, 12, 'jenks')!.upper).toHaveLength(7);
  });

  it('places values in classes by their upper bounds', () => {
    const breaks: ClassBreaks = { method: 'quantile', min: 1, upper: [3, 12, 22] };
    expect([1, 3, 3.01, 12, 13, 22].map((value) => classOf(value, breaks))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(classOf(-5, breaks)).toBe(0);
    expect(classOf(99, breaks)).toBe(2);
    expect([0, 1, 2].map((i) => lowerBoundOf(i, breaks))).toEqual([1, 3, 12]);
  });
});

// ---- the palette: sequential and readable with colour-vision deficiencies ----

function linear(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}

const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

// Machado, Oliveira & Fernandes (2009), severity 1, applied to linear RGB
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const clamp = (v: number) => Math.min(1, Math.max(0, v));

function seenAs(hex: string, matrix: number[][]): [number, number, number] {
  const rgb = linear(hex);
  const row = (i: number) => clamp(matrix[i]!.reduce((sum, m, j) => sum + m * rgb[j]!, 0));
  return [row(0), row(1), row(2)];
}

describe('palette', () => {
  it.each([3, 4, 5, 6, 7])('%i classes: darker with every class, for every kind of colour vision', (count) => {
    const palette = paletteFor(count);
    expect(palette).toHaveLength(count);
    for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
      const lightness = palette.map((hex) => luminance(seenAs(hex, matrix)));
      for (let i = 1; i < lightness.length; i++) {
        // each class visibly darker than the one before (luminance contrast at least 1.2:1)
        expect([vision, i, contrast(lightness[i - 1]!, lightness[i]!) >= 1.2]).toEqual([vision, i, true]);
        expect(lightness[i]!).toBeLessThan(lightness[i - 1]!);
      }
    }
  });

  it('the darkest and lightest classes differ by at least 3:1', () => {
    for (const count of [3, 4, 5, 6, 7]) {
      const palette = paletteFor(count);
      const ratio = contrast(luminance(linear(palette[0]!)), luminance(linear(palette[count - 1]!)));
      expect(ratio).toBeGreaterThanOrEqual(3);
    }
  });
});
