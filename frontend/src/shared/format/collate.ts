/** Polish alphabetical order (ą after a, ł after l, ś after s), whatever the browser's language. */
const polish = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/** Compares two names in Polish alphabetical order: for `toSorted((a, b) => comparePolish(a, b))`. */
export function comparePolish(a: string, b: string): number {
  return polish.compare(a, b);
}

/** A copy of the items sorted by a name in Polish alphabetical order. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return items.toSorted((a, b) => polish.compare(name(a), name(b)));
}
