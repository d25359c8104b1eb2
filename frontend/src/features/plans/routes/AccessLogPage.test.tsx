import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { CLIENT_ID, meDpo, meEwaPlans, opsRef } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

const entries = [
  { occurredAt: '2025-04-02T10:15:00Z', who: 'ewa.nowak', institution: opsRef, recordType: 'CLIENT', recordId: CLIENT_ID, action: 'READ', purpose: 'CASE_WORK', outcome: 'ALLOWED' },
  { occurredAt: '2025-04-02T11:00:00Z', who: 'piotr.zielinski', institution: null, recordType: 'CLIENT', recordId: CLIENT_ID, action: 'READ', purpose: 'CASE_WORK', outcome: 'DENIED' },
];

describe('access log', () => {
  it('is in the navigation only with AUDIT_REVIEW', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meEwaPlans) });
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    await within(nav).findByRole('link', { name: 'Moi klienci' });
    expect(within(nav).queryByRole('link', { name: 'Rejestr dostępu' })).not.toBeInTheDocument();
  });

  it('asks for a person id, refuses anything but an id, and lists allowed and refused accesses', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meDpo),
      [`GET /api/v1/clients/${CLIENT_ID}/access-log`]: () => json(entries),
    });
    const { router } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    await user.click(await within(nav).findByRole('link', { name: 'Rejestr dostępu' }));
    await screen.findByRole('heading', { level: 1, name: 'Rejestr dostępu do danych osoby' });
    await user.type(screen.getByLabelText('Identyfikator osoby'), '85031412347');
    await user.click(screen.getByRole('button', { name: 'Pokaż rejestr' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wpisz identyfikator osoby w poprawnym formacie (UUID).');
    expect(requests.some((request) => request.url.includes('access-log'))).toBe(false);

    await user.clear(screen.getByLabelText('Identyfikator osoby'));
    await user.type(screen.getByLabelText('Identyfikator osoby'), CLIENT_ID);
    await user.click(screen.getByRole('button', { name: 'Pokaż rejestr' }));
    expect(await screen.findByText('2 wpisy')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(`?client=${CLIENT_ID}`));
    const table = screen.getByRole('table', { name: 'Dostęp do danych osoby, od najnowszego' });
    expect(within(table).getByText('Dozwolony')).toBeInTheDocument();
    expect(within(table).getByText('Odrzucony')).toBeInTheDocument();
    expect(within(table).getByText('piotr.zielinski')).toBeInTheDocument();
    // codes in words, never READ · CLIENT or CASE_WORK
    expect(within(table).getAllByText('Odczyt · dane osoby')).toHaveLength(2);
    expect(within(table).getAllByText('praca z osobą')).toHaveLength(2);
    expect(within(table).queryByText(/READ|CLIENT|CASE_WORK/)).not.toBeInTheDocument();

    // filters, folded behind a button: only the refused accesses
    await user.click(screen.getByText('Filtry'));
    await user.selectOptions(screen.getByLabelText('Wynik'), 'DENIED');
    expect(await screen.findByText('1 wpis z 2')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Dostęp do danych osoby, od najnowszego' })).queryByText('ewa.nowak')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Wynik'), '');
    await user.selectOptions(screen.getByLabelText('Instytucja'), 'bez instytucji (system)');
    expect(await screen.findByText('1 wpis z 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wyczyść filtry' }));
    expect(await screen.findByText('2 wpisy')).toBeInTheDocument();
  });

  it('says when the person is not visible to the institution', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meDpo), [`GET /api/v1/clients/${CLIENT_ID}/access-log`]: () => problem(404, 'Not Found') });
    renderApp(`/access-log?client=${CLIENT_ID}`);
    expect(await screen.findByText('Nie znaleziono osoby zarejestrowanej lub wspieranej przez Twoją instytucję.')).toBeInTheDocument();
  });
});
