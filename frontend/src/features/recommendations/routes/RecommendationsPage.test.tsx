import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { meJan } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

describe('the recommendations list', () => {
  it('shows the addressee its recommendations with their status and the count in Polish plural', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meJan),
      'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
      'GET /api/v1/recommendations': () =>
        json({
          items: [
            { id: 'r1', territory: { teryt: '1408011', level: 'GMINA', name: 'Legionowo', powiatName: 'legionowski' }, excerpt: 'Zwiększyć liczbę miejsc w KIS.',
              indicators: ['CIS_KIS_PLACES_PER_10K'], status: 'ISSUED', issuedAt: '2026-11-05T09:00:00Z', updatedAt: '2026-11-05T09:00:00Z', version: 0 },
            { id: 'r2', territory: { teryt: '1408', level: 'POWIAT', name: 'legionowski', powiatName: 'legionowski' }, excerpt: 'Program specjalny PUP.',
              indicators: ['NEED_UNEMPLOYED_LONG_TERM'], status: 'ACKNOWLEDGED', issuedAt: '2026-11-04T09:00:00Z', updatedAt: '2026-11-04T09:00:00Z', version: 1 },
          ],
          page: 0, size: 20, totalItems: 2, totalPages: 1,
        }),
    });
    renderApp('/recommendations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rekomendacje regionu' })).toBeInTheDocument();
    expect(await screen.findByText('2 rekomendacje')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gmina Legionowo' })).toHaveAttribute('href', '/recommendations/r1');
    expect(screen.getByRole('link', { name: 'Powiat legionowski' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'przyjęta do wiadomości' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Wydaj rekomendację' })).not.toBeInTheDocument();
  });
});
