import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { meJan, OPS_ID } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const ID = 'e1420000-0000-4000-8000-000000000009';
const ROPS = { id: 'a1000000-0000-4000-8000-000000000007', name: 'Mazowieckie Centrum Polityki Społecznej', type: 'ROPS' as const };

function recommendation(over: Partial<Schemas['RecommendationResponse']> = {}): Schemas['RecommendationResponse'] {
  return {
    id: ID,
    territory: { teryt: '1408011', level: 'GMINA', name: 'Legionowo', powiatName: 'legionowski' },
    text: 'Zwiększyć liczbę miejsc w KIS.',
    indicators: [{ code: 'CIS_KIS_PLACES_PER_10K', namePl: 'CIS i KIS razem: miejsca na 10 tys. mieszkańców', nameEn: 'CIS and KIS places per 10,000' }],
    status: 'ISSUED',
    closingReason: null,
    issuedByInstitution: ROPS,
    issuedBy: 'Tomasz Wójcik',
    issuedAt: '2026-11-05T09:00:00Z',
    updatedAt: '2026-11-05T09:00:00Z',
    history: [{ at: '2026-11-05T09:00:00Z', actorName: 'Tomasz Wójcik', actorInstitution: ROPS, fromStatus: null, toStatus: 'ISSUED', note: null }],
    allowedTransitions: ['ACKNOWLEDGED'],
    version: 0,
    ...over,
  };
}

describe('one recommendation (where a notification leads)', () => {
  it('lets the OPS coordinator acknowledge it after confirming, sending the version it read', async () => {
    let current = recommendation();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json({ ...meJan, institution: { id: OPS_ID, name: 'MOPS Legionowo', type: 'OPS' } }),
      'GET /api/v1/notifications/unread-count': () => json({ count: 1 }),
      [`GET /api/v1/recommendations/${ID}`]: () => json(current),
      [`POST /api/v1/recommendations/${ID}/status`]: () => {
        current = recommendation({
          status: 'ACKNOWLEDGED',
          version: 1,
          allowedTransitions: ['IMPLEMENTED', 'DECLINED'],
          history: [...current.history, { at: '2026-11-06T09:00:00Z', actorName: 'Jan Kowalski', actorInstitution: null, fromStatus: 'ISSUED', toStatus: 'ACKNOWLEDGED', note: null }],
        });
        return json(current);
      },
    });
    renderApp(`/recommendations/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rekomendacja: Gmina Legionowo' })).toBeInTheDocument();
    expect(screen.getByText(/CIS i KIS razem: miejsca na 10 tys. mieszkańców/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Wskaźnik, na którym opiera się rekomendacja' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Przyjmij do wiadomości' }));
    expect(screen.getByRole('heading', { name: /Czy na pewno przyjąć rekomendację do wiadomości/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tak, przyjmij do wiadomości' }));
    expect(await screen.findByText('Rekomendacja została przyjęta do wiadomości')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"0"');
    expect(await post?.clone().json()).toEqual({ status: 'ACKNOWLEDGED' });
    expect(await screen.findByRole('button', { name: 'Odrzuć' })).toBeInTheDocument();
  });

  it('asks for a reason before declining and sends nothing without one', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meJan),
      'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
      [`GET /api/v1/recommendations/${ID}`]: () => json(recommendation({ status: 'ACKNOWLEDGED', version: 1, allowedTransitions: ['IMPLEMENTED', 'DECLINED'] })),
    });
    renderApp(`/recommendations/${ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Odrzuć' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tak, odrzuć' }));
    expect(await screen.findAllByText('Podaj powód odrzucenia rekomendacji')).not.toHaveLength(0);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('says when the recommendation is not for the caller', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meJan),
      'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
      [`GET /api/v1/recommendations/${ID}`]: () => problem(404, 'Not Found'),
    });
    renderApp(`/recommendations/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nie znaleziono rekomendacji' })).toBeInTheDocument();
  });
});
