import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { clientJan, CLIENT_ID, meEwaPlans, PLAN_ID } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

function handlers(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(meEwaPlans),
    [`GET /api/v1/clients/${CLIENT_ID}`]: () => json(clientJan),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([]),
    ...extra,
  };
}

describe('ClientPage', () => {
  it('shows identity, the special-category data when visible, and the plans', async () => {
    mockFetch(handlers());
    renderApp(`/clients/${CLIENT_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jan Wiśniewski' })).toBeInTheDocument();
    expect(document.title).toBe('Jan Wiśniewski – Synergia');
    expect(screen.getByText('85031412347')).toBeInTheDocument();
    const sensitive = screen.getByRole('region', { name: 'Dane szczególnej kategorii (art. 9 RODO)' });
    expect(within(sensitive).getByText('umiarkowany')).toBeInTheDocument();
    expect(within(sensitive).getByText('Potrzebuje wsparcia mieszkaniowego.')).toBeInTheDocument();
    const plans = screen.getByRole('region', { name: 'Indywidualne plany działania' });
    expect(within(plans).getByRole('link', { name: 'Powrót do pracy 2025' })).toHaveAttribute('href', `/plans/${PLAN_ID}`);
    expect(within(plans).getByText('W realizacji')).toBeInTheDocument();
  });

  it('explains instead of showing special-category data the institution may not see', async () => {
    mockFetch(handlers({ [`GET /api/v1/clients/${CLIENT_ID}`]: () => json({ ...clientJan, sensitiveVisible: false, sensitive: null }) }));
    renderApp(`/clients/${CLIENT_ID}`);
    const sensitive = await screen.findByRole('region', { name: 'Dane szczególnej kategorii (art. 9 RODO)' });
    expect(within(sensitive).getByText(/nie ma podstawy prawnej z art. 9 RODO/)).toBeInTheDocument();
    expect(screen.queryByText('Potrzebuje wsparcia mieszkaniowego.')).not.toBeInTheDocument();
  });

  it('treats 404 as "not visible to your institution"', async () => {
    mockFetch(handlers({ [`GET /api/v1/clients/${CLIENT_ID}`]: () => problem(404, 'Not Found') }));
    renderApp(`/clients/${CLIENT_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nie znaleziono osoby' })).toBeInTheDocument();
    expect(screen.getByText(/nie ma podstawy prawnej, by widzieć jej dane/)).toBeInTheDocument();
  });
});
