import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { meEwa, meWithoutPermissions } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

describe('HomePage', () => {
  it('greets the user and shows institution, roles and permissions in plain words', async () => {
    mockFetch({ 'GET /api/v1/me': () => json({ ...meEwa, roles: ['staff', 'coordinator'] }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, Ewa Nowak' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toHaveAttribute(
      'href',
      '/institutions/a1000000-0000-4000-8000-000000000001',
    );
    expect(within(main).getByText('Ośrodek Pomocy Społecznej (OPS)')).toBeInTheDocument();
    expect(within(main).getByText('pracownik')).toBeInTheDocument();
    expect(within(main).getByText('koordynator')).toBeInTheDocument();
    expect(within(main).getByText('Przeglądanie katalogu instytucji')).toBeInTheDocument();
    expect(document.title).toBe('Strona główna – Synergia');
  });

  it('handles a user without institution and permissions', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meWithoutPermissions) });
    renderApp('/');
    expect(await screen.findByText('Twoje konto nie jest przypisane do żadnej instytucji.')).toBeInTheDocument();
    expect(screen.getByText('system zewnętrzny')).toBeInTheDocument();
    expect(screen.getByText('Nie masz jeszcze uprawnień do katalogu instytucji.')).toBeInTheDocument();
  });

  it('shows the problem when /me fails', async () => {
    mockFetch({ 'GET /api/v1/me': () => problem(401, 'Unauthorized', 'Token expired') });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unauthorized');
    expect(alert).toHaveTextContent('Token expired');
  });
});
