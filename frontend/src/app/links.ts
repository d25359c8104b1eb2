/**
 * Typed link builders: the only place that knows the SPA's URL structure. Features import
 * these instead of writing paths by hand.
 */
export const routePaths = {
  home: '/',
  institutions: '/institutions',
  institution: '/institutions/:id',
} as const;

export interface InstitutionListSearch {
  /** 1-based page number as shown to the user */
  page?: number;
  size?: number;
  sort?: string;
}

function withSearch(path: string, search: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export const links = {
  home: (): string => routePaths.home,
  institutions: (search: InstitutionListSearch = {}): string =>
    withSearch(routePaths.institutions, { page: search.page, size: search.size, sort: search.sort }),
  institution: (id: string): string => `${routePaths.institutions}/${encodeURIComponent(id)}`,
};
