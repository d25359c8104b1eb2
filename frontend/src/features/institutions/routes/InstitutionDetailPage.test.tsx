import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { KIS_ID, kisDetail, meEwa, meJan, NGO_ID, OPS_ID, opsDetail, referenceHandlers } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const emptyHistory: Schemas['InstitutionChangePage'] = { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 };

function detailHandlers(institution: Schemas['InstitutionResponse'], extra: Record<string, Handler> = {}, me = meEwa) {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/institutions/${institution.id}`]: () => json(institution),
    [`GET /api/v1/institutions/${institution.id}/history`]: () => json(emptyHistory),
    ...extra,
  };
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('InstitutionDetailPage', () => {
  it('shows the entry in sections: type (linked), role, address with gmina, contacts, identifiers', async () => {
    mockFetch(detailHandlers(opsDetail));
    renderApp(`/institutions/${OPS_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' }),
    ).toBeInTheDocument();
    const basic = section('Informacje podstawowe');
    expect(within(basic).getByRole('link', { name: 'Ośrodek Pomocy Społecznej (OPS)' })).toHaveAttribute(
      'href',
      '/catalogue/institution-types/OPS',
    );
    expect(within(basic).getByText('interesariusz kluczowy')).toBeInTheDocument();
    expect(within(basic).getByText('jednostka budżetowa gminy')).toBeInTheDocument();
    expect(within(basic).getByText('Gmina Miejska Legionowo')).toBeInTheDocument();
    const location = section('Adres i położenie');
    expect(within(location).getByText(/ul\. Piłsudskiego 41/)).toBeInTheDocument();
    expect(within(location).getByText('legionowski')).toBeInTheDocument();
    expect(within(location).getByText('mazowieckie')).toBeInTheDocument();
    expect(within(location).getByText('1408011')).toBeInTheDocument();
    expect(within(location).getByText('gmina miejska')).toHaveAttribute('lang', 'pl');
    const contact = section('Kontakt');
    expect(within(contact).getByRole('link', { name: 'mops@example.org' })).toHaveAttribute('href', 'mailto:mops@example.org');
    expect(within(contact).getByRole('link', { name: '22 774 20 00' })).toHaveAttribute('href', 'tel:227742000');
    expect(within(section('Identyfikatory')).getByText('5360000000')).toBeInTheDocument();
    // optional identifiers not given are left out, not listed as "Nie podano"
    expect(within(section('Identyfikatory')).queryByText('Nie podano')).not.toBeInTheDocument();
    expect(within(section('Identyfikatory')).queryByText('Numer KRS')).not.toBeInTheDocument();
    expect(within(section('Miejsca i obszary współpracy')).getByText('aktywizacja zawodowa')).toBeInTheDocument();
    expect(within(section('Status urzędowy')).getByText('Instytucja nie ma w katalogu statusu urzędowego.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wróć do listy instytucji' })).toHaveAttribute('href', '/institutions');
    expect(document.title).toBe('Miejski Ośrodek Pomocy Społecznej w Legionowie – Synergia');
  });

  it('shows no change actions when the server says the caller may not edit', async () => {
    mockFetch(detailHandlers({ ...kisDetail, editable: false }));
    renderApp(`/institutions/${KIS_ID}`);
    const offerings = await screen.findByRole('region', { name: 'Oferta' });
    expect(within(offerings).getByRole('link', { name: 'Poradnictwo w KIS' })).toHaveAttribute(
      'href',
      '/catalogue/services/KIS_COUNSELLING',
    );
    expect(within(offerings).getByText('pon.–pt. 9:00–15:00')).toBeInTheDocument();
    expect(within(offerings).getByText('Aktywna')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Zmień dane instytucji' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Dodaj ofertę' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Zmień/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Usuń/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dezaktywuj instytucję' })).not.toBeInTheDocument();
  });

  it('shows edit, offering and deactivation actions when the entry is editable', async () => {
    mockFetch(detailHandlers({ ...kisDetail, editable: true }, {}, meJan));
    renderApp(`/institutions/${KIS_ID}`);
    expect(await screen.findByRole('link', { name: 'Zmień dane instytucji' })).toHaveAttribute(
      'href',
      `/institutions/${KIS_ID}/edit`,
    );
    const offerings = section('Oferta');
    expect(within(offerings).getByRole('link', { name: 'Dodaj ofertę' })).toHaveAttribute(
      'href',
      `/institutions/${KIS_ID}/offerings/new`,
    );
    expect(within(offerings).getByRole('link', { name: 'Zmień Poradnictwo w KIS' })).toHaveAttribute(
      'href',
      `/institutions/${KIS_ID}/offerings/b1000000-0000-4000-8000-000000000001/edit`,
    );
    expect(within(offerings).getByRole('button', { name: 'Usuń Poradnictwo w KIS' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dezaktywuj instytucję' })).toBeInTheDocument();
  });

  it('links the operator and warns visibly when the official status expires within 90 days', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-12-01T10:00:00Z'));
    mockFetch(detailHandlers(kisDetail));
    renderApp(`/institutions/${KIS_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Klub Integracji Społecznej „Wspólna Droga”' });

    expect(
      screen.getByText(
        'Wpis do rejestru klubów integracji społecznej: termin ważności upływa 31 stycznia 2026 (za 61 dni). Zadbaj o przedłużenie.',
      ),
    ).toBeVisible();
    const status = section('Status urzędowy');
    expect(within(status).getByText('Status wkrótce wygasa')).toBeInTheDocument();
    expect(within(status).getByText('Wojewoda Mazowiecki')).toBeInTheDocument();
    expect(within(section('Informacje podstawowe')).getByRole('link', { name: 'Stowarzyszenie „Wspólna Droga”' })).toHaveAttribute(
      'href',
      `/institutions/${NGO_ID}`,
    );
  });

  it('says so when the official status has expired, and shows no warning when it is valid', async () => {
    mockFetch(detailHandlers({ ...kisDetail, officialStatusState: 'EXPIRED' }));
    const { unmount } = renderApp(`/institutions/${KIS_ID}`);
    expect(
      await screen.findByText(/Wpis do rejestru klubów integracji społecznej: termin ważności upłynął 31 stycznia 2026\./),
    ).toBeInTheDocument();
    unmount();

    mockFetch(detailHandlers({ ...kisDetail, officialStatusState: 'VALID' }));
    renderApp(`/institutions/${KIS_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Klub Integracji Społecznej „Wspólna Droga”' });
    expect(screen.queryByText(/termin ważności/)).not.toBeInTheDocument();
  });

  it('lists the history: who, when, field old → new', async () => {
    mockFetch(
      detailHandlers(opsDetail, {
        [`GET /api/v1/institutions/${OPS_ID}/history`]: () =>
          json({
            items: [
              {
                id: 7,
                changedAt: '2025-06-02T08:30:00Z',
                changedBy: 'Jan Kowalski',
                action: 'UPDATED',
                changes: [
                  { field: 'phone', oldValue: null, newValue: '22 774 20 00' },
                  { field: 'stakeholderRole', oldValue: 'SUPPORTING', newValue: 'KEY' },
                  { field: 'officialStatus.validTo', oldValue: '2025-12-31', newValue: '2026-01-31' },
                ],
              },
              {
                id: 6,
                changedAt: '2025-06-01T08:00:00Z',
                changedBy: 'Administrator Platformy',
                action: 'OFFERING_ADDED',
                changes: [
                  { field: 'offering.id', oldValue: null, newValue: 'b1' },
                  { field: 'offering.serviceCode', oldValue: null, newValue: 'KIS_COUNSELLING' },
                  { field: 'offering.schedule', oldValue: null, newValue: null },
                ],
              },
            ],
            page: 0,
            size: 10,
            totalItems: 2,
            totalPages: 1,
          }),
      }),
    );
    renderApp(`/institutions/${OPS_ID}`);
    const history = await screen.findByRole('region', { name: 'Historia zmian' });
    const items = await within(history).findAllByRole('listitem');
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('Zmieniono dane – 2 cze 2025, 10:30');
    expect(items[0]).toHaveTextContent('Autor zmiany: Jan Kowalski');
    const rows = within(items[0]!).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Telefon—22 774 20 00');
    expect(rows[2]).toHaveTextContent('Rola w modeluinteresariusz wspomagającyinteresariusz kluczowy');
    expect(rows[3]).toHaveTextContent('Status ważny do31 grudnia 202531 stycznia 2026');
    // a new offering lists what it was created with, not its technical id or empty values
    const added = within(items[1]!).getAllByRole('row');
    expect(added).toHaveLength(2);
    await waitFor(() => expect(added[1]).toHaveTextContent('Oferta: usługaPoradnictwo w KIS'));
  });

  it('leaves the history out when the API refuses it', async () => {
    mockFetch(detailHandlers(opsDetail, { [`GET /api/v1/institutions/${OPS_ID}/history`]: () => problem(403, 'Forbidden') }));
    renderApp(`/institutions/${OPS_ID}`);
    await screen.findByRole('region', { name: 'Kontakt' });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Historia zmian' })).not.toBeInTheDocument());
  });

  it('deactivates after a confirmation, sending the version it shows in If-Match', async () => {
    const user = userEvent.setup();
    const editable = { ...opsDetail, editable: true };
    const { requests } = mockFetch(
      detailHandlers(editable, {
        [`POST /api/v1/institutions/${OPS_ID}/deactivation`]: () => json({ ...editable, active: false, version: 4 }),
      }, meJan),
    );
    renderApp(`/institutions/${OPS_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Dezaktywuj instytucję' }));
    const confirm = screen.getByRole('group', { name: /Czy dezaktywować instytucję/ });
    await waitFor(() => expect(confirm).toHaveFocus());
    await user.click(within(confirm).getByRole('button', { name: 'Tak, dezaktywuj' }));

    expect(await screen.findByText('Instytucja została dezaktywowana.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"3"');
    expect(screen.getByText('Nieaktywna')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Przywróć instytucję' })).toBeInTheDocument();
  });

  it('explains a 412 on deactivation and reloads the current version on request', async () => {
    const user = userEvent.setup();
    let version = 3;
    const { requests } = mockFetch(
      detailHandlers({ ...opsDetail, editable: true }, {
        [`GET /api/v1/institutions/${OPS_ID}`]: () => json({ ...opsDetail, editable: true, version }),
        [`POST /api/v1/institutions/${OPS_ID}/deactivation`]: () => problem(412, 'Precondition Failed', 'Someone else changed it'),
      }, meJan),
    );
    renderApp(`/institutions/${OPS_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Dezaktywuj instytucję' }));
    await user.click(screen.getByRole('button', { name: 'Tak, dezaktywuj' }));
    expect(await screen.findByRole('heading', { name: 'Ktoś inny zapisał zmiany w międzyczasie' })).toBeInTheDocument();

    version = 5;
    await user.click(screen.getByRole('button', { name: 'Wczytaj aktualną wersję' }));
    await waitFor(() =>
      expect(requests.filter((request) => request.url.endsWith(`/institutions/${OPS_ID}`) && request.method === 'GET')).toHaveLength(2),
    );
  });

  it('removes an offering after a confirmation', async () => {
    const user = userEvent.setup();
    const editable = { ...kisDetail, editable: true };
    const { requests } = mockFetch(
      detailHandlers(editable, {
        [`DELETE /api/v1/institutions/${KIS_ID}/offerings/b1000000-0000-4000-8000-000000000001`]: () =>
          json({ ...editable, offerings: [], version: 4 }),
      }, meJan),
    );
    renderApp(`/institutions/${KIS_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Usuń Poradnictwo w KIS' }));
    await user.click(screen.getByRole('button', { name: 'Tak, usuń ofertę' }));
    expect(await screen.findByText('Usunięto ofertę „Poradnictwo w KIS”.')).toBeInTheDocument();
    expect(screen.getByText('Instytucja nie ma jeszcze w katalogu żadnej oferty.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'DELETE')?.headers.get('If-Match')).toBe('"3"');
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
