import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { meEwa } from '@/test/fixtures';
import { fakeSession, renderApp } from '@/test/renderApp';

const statement = {
  entityName: 'Gmina Legionowo',
  publishedOn: '2026-01-15',
  updatedOn: '2026-12-07',
  preparedOn: '2026-12-07',
  reviewedOn: '2026-12-07',
  compliance: 'PARTIAL',
  contactName: 'Anna Dostępna',
  contactEmail: 'dostepnosc@legionowo.example.org',
  contactPhone: '+48 22 000 00 00',
};

describe('the accessibility statement', () => {
  it('is public: a visitor who is not signed in reads it, with the deployment’s body, dates and contact', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/public/accessibility-statement': () => json(statement) });
    renderApp('/deklaracja-dostepnosci', fakeSession(false));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deklaracja dostępności' })).toBeInTheDocument();
    expect(await screen.findByText(/Gmina Legionowo zobowiązuje się zapewnić dostępność/)).toBeInTheDocument();
    expect(screen.getByText('Data publikacji strony internetowej: 15 stycznia 2026.')).toBeInTheDocument();
    expect(screen.getByText(/jest częściowo zgodna z ustawą o dostępności cyfrowej/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Procedura wnioskowo-skargowa' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'dostepnosc@legionowo.example.org' })).toHaveAttribute('href', 'mailto:dostepnosc@legionowo.example.org');
    expect(screen.getByText('Telefon: +48 22 000 00 00.')).toBeInTheDocument();
    expect(requests.every((request) => !request.headers.has('Authorization'))).toBe(true);
  });

  it('is linked from the footer of every page of the signed-in application', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meEwa) });
    renderApp('/');
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Deklaracja dostępności' })).toHaveAttribute('href', '/deklaracja-dostepnosci');
  });
});
