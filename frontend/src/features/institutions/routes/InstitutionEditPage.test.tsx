import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { institutionPage, institutionSummaries, meEwa, meJan, OPS_ID, opsDetail, referenceHandlers } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const editable: Schemas['InstitutionResponse'] = { ...opsDetail, editable: true };
const emptyHistory = { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 };

function editHandlers(extra: Record<string, Handler> = {}, institution = editable): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(meJan),
    'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    [`GET /api/v1/institutions/${OPS_ID}`]: () => json(institution),
    [`GET /api/v1/institutions/${OPS_ID}/history`]: () => json(emptyHistory),
    ...extra,
  };
}

function unprocessable(errors: Schemas['FieldError'][]): Response {
  return new Response(
    JSON.stringify({ type: 'urn:synergia:problem:validation', title: 'Invalid request content', status: 422, errors }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function openForm() {
  const heading = await screen.findByRole('heading', { level: 1, name: 'Zmień dane instytucji' });
  await screen.findByDisplayValue('Miejski Ośrodek Pomocy Społecznej w Legionowie');
  return heading;
}

const summary = () => screen.getByRole('alert', { name: 'Wystąpił problem' });

describe('InstitutionEditPage', () => {
  it('fills the form with the entry, including the gmina chosen in the cascading selects', async () => {
    mockFetch(editHandlers());
    renderApp(`/institutions/${OPS_ID}/edit`);
    await openForm();
    expect(screen.getByLabelText('Nazwa')).toHaveValue('Miejski Ośrodek Pomocy Społecznej w Legionowie');
    expect(screen.getByLabelText('Rodzaj instytucji')).toHaveValue('OPS');
    expect(screen.getByLabelText('NIP')).toHaveValue('5360000000');
    expect(screen.getByLabelText('Obszary współpracy')).toHaveValue('aktywizacja zawodowa\npraca socjalna');
    expect(await screen.findByLabelText('Gmina')).toHaveValue('1408011');
    expect(screen.getByLabelText('Powiat')).toHaveValue('1408');
    expect(screen.getByLabelText('Województwo')).toHaveValue('14');
    expect(document.title).toBe('Zmień dane instytucji: Miejski Ośrodek Pomocy Społecznej w Legionowie – Synergia');
  });

  it('checks the obvious before sending: summary with links, focus on it, inline errors on the fields', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(editHandlers());
    renderApp(`/institutions/${OPS_ID}/edit`);
    await openForm();

    await user.clear(screen.getByLabelText('Nazwa'));
    await user.clear(screen.getByLabelText('Kod pocztowy'));
    await user.type(screen.getByLabelText('Kod pocztowy'), '05120');
    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));

    const alert = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    await waitFor(() => expect(alert).toHaveFocus());
    const links = within(alert).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Wpisz nazwę instytucji.', '#institution-name'],
      ['Wpisz kod pocztowy w formacie 00-000, np. 05-120.', '#institution-address-postalCode'],
    ]);
    const name = screen.getByLabelText('Nazwa');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Błąd: Wpisz nazwę instytucji.');
    const postalCode = screen.getByLabelText('Kod pocztowy');
    expect(postalCode).toHaveAccessibleDescription('W formacie 00-000. Błąd: Wpisz kod pocztowy w formacie 00-000, np. 05-120.');
    // the typed value stays as typed
    expect(postalCode).toHaveValue('05120');

    await user.click(links[1]!);
    expect(postalCode).toHaveFocus();
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('maps the server errors[] to the fields by code, in Polish, keeping what was typed', async () => {
    const user = userEvent.setup();
    mockFetch(
      editHandlers({
        [`PUT /api/v1/institutions/${OPS_ID}`]: () =>
          unprocessable([
            { field: 'nip', code: 'Nip', message: 'must be a valid NIP (10 digits with a correct check digit)' },
            { field: 'cooperationAreas[1].<list element>', code: 'NotBlank', message: 'must not be blank' },
            { field: 'name', code: 'Size', message: 'size must be between 0 and 300' },
            { field: 'gminaTeryt', code: 'invalid-reference', message: 'is not a gmina of the TERYT register' },
            { field: 'regon', code: 'SomethingNew', message: 'is wrong in a new way' },
            { field: 'mystery', code: 'Odd', message: 'is odd' },
          ]),
      }),
    );
    renderApp(`/institutions/${OPS_ID}/edit`);
    await openForm();
    await user.clear(screen.getByLabelText('NIP'));
    await user.type(screen.getByLabelText('NIP'), '1234567890');
    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));

    const alert = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    await waitFor(() => expect(alert).toHaveFocus());
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    // in the order of the form, unknown fields last
    expect(items).toEqual([
      'Pole „Nazwa” może mieć najwyżej 300 znaków.',
      'Wybranej gminy nie ma w rejestrze TERYT – wybierz gminę z listy.',
      // a code without Polish words yet: the server's message under the field's label
      'REGON: is wrong in a new way',
      'Wpisz poprawny numer NIP: 10 cyfr z prawidłową cyfrą kontrolną.',
      'Uzupełnij pole „Obszary współpracy”.',
      'mystery: is odd',
    ]);
    expect(within(alert).getByRole('link', { name: 'Wpisz poprawny numer NIP: 10 cyfr z prawidłową cyfrą kontrolną.' })).toHaveAttribute(
      'href',
      '#institution-nip',
    );
    // the gmina link goes to the select to change
    expect(within(alert).getByRole('link', { name: /Wybranej gminy/ })).toHaveAttribute('href', '#institution-gminaTeryt-gmina');
    expect(screen.getByLabelText('NIP')).toHaveValue('1234567890');
    expect(screen.getByLabelText('NIP')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Wpisz poprawny numer NIP: 10 cyfr z prawidłową cyfrą kontrolną.', { selector: '.error-message' })).toBeInTheDocument();
  });

  it('on 412 keeps the input, explains, and merges it onto the current version on request', async () => {
    const user = userEvent.setup();
    let current: Schemas['InstitutionResponse'] = editable;
    const puts: { ifMatch: string | null; body: Schemas['InstitutionRequest'] }[] = [];
    mockFetch(
      editHandlers({
        [`GET /api/v1/institutions/${OPS_ID}`]: () => json(current),
        [`PUT /api/v1/institutions/${OPS_ID}`]: async (_url, request) => {
          const body = (await request.json()) as Schemas['InstitutionRequest'];
          const ifMatch = request.headers.get('If-Match');
          puts.push({ ifMatch, body });
          if (ifMatch !== `"${current.version}"`) return problem(412, 'Precondition Failed', 'Someone else changed this record');
          return json({ ...current, name: body.name, contacts: { ...current.contacts, phone: body.phone }, version: current.version + 1 });
        },
      }),
    );
    const { router } = renderApp(`/institutions/${OPS_ID}/edit`);
    await openForm();

    // meanwhile someone else renames the institution and changes the e-mail
    current = { ...editable, name: 'MOPS w Legionowie', contacts: { ...editable.contacts, email: 'sekretariat@example.org' }, version: 4 };

    await user.clear(screen.getByLabelText('Telefon'));
    await user.type(screen.getByLabelText('Telefon'), '22 111 11 11');
    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));

    const conflict = await screen.findByRole('alert', { name: 'Ktoś inny zapisał zmiany w międzyczasie' });
    await waitFor(() => expect(conflict).toHaveFocus());
    expect(puts[0]?.ifMatch).toBe('"3"');
    expect(screen.getByLabelText('Telefon')).toHaveValue('22 111 11 11');
    expect(screen.getByLabelText('Nazwa')).toHaveValue('Miejski Ośrodek Pomocy Społecznej w Legionowie');

    await user.click(within(conflict).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));

    const merged = await screen.findByRole('status', { name: 'Wczytano aktualną wersję' });
    expect(within(merged).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Nazwa', 'E-mail']);
    expect(screen.getByLabelText('Nazwa')).toHaveValue('MOPS w Legionowie');
    expect(screen.getByLabelText('E-mail')).toHaveValue('sekretariat@example.org');
    expect(screen.getByLabelText('Telefon')).toHaveValue('22 111 11 11');

    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/institutions/${OPS_ID}`));
    expect(puts[1]?.ifMatch).toBe('"4"');
    expect(puts[1]?.body).toMatchObject({ name: 'MOPS w Legionowie', phone: '22 111 11 11', email: 'sekretariat@example.org' });
    expect(await screen.findByText('Zapisano zmiany.')).toBeInTheDocument();
  });

  it('saves with If-Match and shows the confirmation on the institution page', async () => {
    const user = userEvent.setup();
    let body: Schemas['InstitutionRequest'] | undefined;
    let ifMatch: string | null = null;
    mockFetch(
      editHandlers({
        [`PUT /api/v1/institutions/${OPS_ID}`]: async (_url, request) => {
          ifMatch = request.headers.get('If-Match');
          body = (await request.json()) as Schemas['InstitutionRequest'];
          return json({ ...editable, places: 30, version: 4 });
        },
      }),
    );
    const { router } = renderApp(`/institutions/${OPS_ID}/edit`);
    await openForm();
    await user.type(screen.getByLabelText('Liczba miejsc'), '30');
    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));

    const notice = await screen.findByRole('status', { name: 'Gotowe' });
    expect(notice).toHaveTextContent('Zapisano zmiany.');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(router.state.location.pathname).toBe(`/institutions/${OPS_ID}`);
    expect(ifMatch).toBe('"3"');
    expect(body).toMatchObject({ type: 'OPS', gminaTeryt: '1408011', places: 30, krs: null, operatorId: null });
  });

  it('tells a user who may not edit the entry, without a form', async () => {
    mockFetch({ ...editHandlers({}, opsDetail), 'GET /api/v1/me': () => json(meEwa) });
    renderApp(`/institutions/${OPS_ID}/edit`);
    expect(await screen.findByText(/Nie możesz zmieniać danych tej instytucji/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zapisz zmiany' })).not.toBeInTheDocument();
  });

  it('reports a refusal (403) in the summary without losing the input', async () => {
    const user = userEvent.setup();
    mockFetch(editHandlers({ [`PUT /api/v1/institutions/${OPS_ID}`]: () => problem(403, 'Forbidden', 'Only a coordinator…') }));
    renderApp(`/institutions/${OPS_ID}/edit`);
    await openForm();
    await user.type(screen.getByLabelText('Miejscowość'), ' (centrum)');
    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));
    expect(await screen.findByRole('alert', { name: 'Wystąpił problem' })).toHaveTextContent(
      'Nie masz uprawnień do zmiany tej instytucji.',
    );
    expect(summary()).toBeInTheDocument();
    expect(screen.getByLabelText('Miejscowość')).toHaveValue('Legionowo (centrum)');
  });
});
