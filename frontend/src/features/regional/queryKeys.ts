/** Query keys of the regional feature: figures under `regional`, so one invalidation refreshes them all. */
export const regionalKeys = {
  all: ['regional'] as const,
  indicators: () => ['regional', 'indicators'] as const,
  values: (query: object) => ['regional', 'values', query] as const,
  series: (query: object) => ['regional', 'series', query] as const,
  profile: (teryt: string, period?: string) => ['regional', 'profile', teryt, period ?? ''] as const,
  mlwGminas: (query: object) => ['regional', 'mlw-gminas', query] as const,
  needImports: () => ['regional-need-imports', 'list'] as const,
  needImport: (id: string) => ['regional-need-imports', 'detail', id] as const,
  refreshes: () => ['regional-refreshes', 'list'] as const,
  publicSummary: () => ['public-regional', 'summary'] as const,
  publicVoivodeship: (code: string) => ['public-regional', 'voivodeship', code] as const,
};
