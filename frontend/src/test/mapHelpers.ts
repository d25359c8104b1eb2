import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The drawn choropleth (its geometry arrives after the first render, a chunk of its own). A DOM
 * query, not a role query, while waiting: with hundreds of rows in the table a role query on
 * every retry takes seconds.
 */
export async function waitForMap(): Promise<SVGSVGElement> {
  return waitFor(
    () => {
      const found = document.querySelector<SVGSVGElement>('svg[role="group"]');
      expect(found).not.toBeNull();
      return found!;
    },
    { timeout: 5000 },
  );
}

/** What the map says of each area (its accessible name), by TERYT code. */
export async function mapAreaNames(): Promise<Map<string, string>> {
  const svg = await waitForMap();
  return new Map([...svg.querySelectorAll('[data-teryt]')].map((area) => [area.getAttribute('data-teryt')!, area.getAttribute('aria-label')!]));
}
