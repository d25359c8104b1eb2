import { lazy } from 'react';

/**
 * The charts in a chunk of their own, with Observable Plot and the parts of d3 it uses: pages
 * import them from here (inside a `<Suspense>`), so only a page that shows a chart loads them.
 */
export const TimeSeriesChart = lazy(() => import('./TimeSeriesChart').then((module) => ({ default: module.TimeSeriesChart })));
export const ComparisonBarChart = lazy(() =>
  import('./ComparisonBarChart').then((module) => ({ default: module.ComparisonBarChart })),
);

export type { TimeSeries, TimeSeriesChartProps } from './TimeSeriesChart';
export type { ComparisonBar, ComparisonBarChartProps } from './ComparisonBarChart';
