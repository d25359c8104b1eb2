import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { clientJan, CLIENT_ID, meEwaPlans, PLAN_ID } from '@/test/planFixtures';
import { i18n } from '@/shared/i18n/i18n';
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

  it('shows an anonymised person as the marker: no identity, no special-category data, no sharing, export or new plan', async () => {
    const anonymised = {
      ...clientJan,
      firstName: 'Osoba',
      lastName: 'zanonimizowana',
      pesel: null,
      birthDate: null,
      phone: null,
      email: null,
      sensitiveVisible: false,
      sensitive: null,
      canManageSharing: false,
      anonymised: true,
      plans: [{ ...clientJan.plans[0]!, title: '[usunięto przy anonimizacji]', status: 'CLOSED' as const }],
    };
    const both = { ...meEwaPlans, roles: ['staff', 'dpo'], permissions: ['DIRECTORY_READ' as const, 'PLAN_WORK' as const, 'AUDIT_REVIEW' as const, 'DATA_SUBJECT_EXPORT' as const] };
    const { requests } = mockFetch(handlers({ 'GET /api/v1/me': () => json(both), [`GET /api/v1/clients/${CLIENT_ID}`]: () => json(anonymised) }));
    renderApp(`/clients/${CLIENT_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Osoba zanonimizowana' })).toBeInTheDocument();
    expect(screen.getByText('Zanonimizowana')).toBeInTheDocument();
    expect(screen.getByText(/jej dane identyfikacyjne zostały usunięte/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Dane osoby' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Dane szczególnej kategorii (art. 9 RODO)' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Indywidualne plany działania' })).toHaveTextContent('Zamknięty');
    const main = screen.getByRole('main');
    expect(within(main).queryByRole('button')).toBeNull();
    expect(within(main).queryByRole('form')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Rejestr dostępu do danych tej osoby' })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/sharing'))).toBe(false);
  });

  it('in English the marker is translated', async () => {
    await i18n.changeLanguage('en');
    mockFetch(handlers({ [`GET /api/v1/clients/${CLIENT_ID}`]: () => json({ ...clientJan, firstName: 'Osoba', lastName: 'zanonimizowana', pesel: null, anonymised: true }) }));
    renderApp(`/clients/${CLIENT_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Anonymised person' })).toBeInTheDocument();
  });
});
