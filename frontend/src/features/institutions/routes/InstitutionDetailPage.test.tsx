import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { meEwa, OPS_ID, opsDetail } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

describe('InstitutionDetailPage', () => {
  it('shows the institution with its type, gmina and address', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      [`GET /api/v1/institutions/${OPS_ID}`]: () => json(opsDetail),
    });
    renderApp(`/institutions/${OPS_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('Ośrodek Pomocy Społecznej (OPS)')).toBeInTheDocument();
    expect(within(main).getByText('legionowski')).toBeInTheDocument();
    expect(within(main).getByText('mazowieckie')).toBeInTheDocument();
    expect(within(main).getByText('1408011')).toBeInTheDocument();
    expect(within(main).getByText('gmina miejska')).toHaveAttribute('lang', 'pl');
    expect(within(main).getByText(/ul\. Piłsudskiego 41/)).toBeInTheDocument();
    expect(within(main).getByText(/05-120 Legionowo/)).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Wróć do listy instytucji' })).toHaveAttribute('href', '/institutions');
    expect(document.title).toBe('Miejski Ośrodek Pomocy Społecznej w Legionowie – Synergia');
  });

  it('shows a friendly "not found" page on 404', async () => {
    const unknown = 'a1000000-0000-4000-8000-000000000999';
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      [`GET /api/v1/institutions/${unknown}`]: () => problem(404, 'Not Found', `Institution ${unknown} not found`),
    });
    renderApp(`/institutions/${unknown}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Nie znaleziono instytucji' })).toBeInTheDocument();
    expect(screen.getByText(/nie istnieje albo została usunięta/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('Nie znaleziono instytucji – Synergia');
  });

  it('treats an id that is not a UUID (400) as not found', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions/abc': () => problem(400, 'Bad Request', 'id must be a UUID'),
    });
    renderApp('/institutions/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nie znaleziono instytucji' })).toBeInTheDocument();
  });

  it('shows the problem for other errors', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      [`GET /api/v1/institutions/${OPS_ID}`]: () => problem(500, 'Błąd serwera', 'Spróbuj później.'),
    });
    renderApp(`/institutions/${OPS_ID}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Błąd serwera');
    expect(alert).toHaveTextContent('Spróbuj później.');
  });
});
