import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { referenceHandlers } from '@/test/fixtures';
import { clientJan, CLIENT_ID, meEwaPlans } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';
import { isPeselChecksumValid } from '../components/clientForm';

function handlers(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return { ...referenceHandlers(), 'GET /api/v1/me': () => json(meEwaPlans), ...extra };
}

function unprocessable(errors: Schemas['FieldError'][], status = 422): Response {
  return new Response(JSON.stringify({ type: 'urn:synergia:problem:validation', title: 'Invalid request content', status, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function chooseLegionowo(user: UserEvent) {
  await user.selectOptions(await screen.findByLabelText('Województwo'), '14');
  await user.selectOptions(await screen.findByLabelText('Powiat'), '1408');
  const gmina = await screen.findByLabelText('Gmina');
  await waitFor(() => expect(within(gmina).getByRole('option', { name: /Legionowo/ })).toBeInTheDocument());
  await user.selectOptions(gmina, '1408011');
}

describe('PESEL check digit', () => {
  it.each([
    ['85031412347', true],
    ['44051401359', true],
    ['85031412345', false],
    ['8503141234', false],
    ['8503141234a', false],
  ])('%s → %s', (pesel, valid) => {
    expect(isPeselChecksumValid(pesel)).toBe(valid);
  });
});

describe('ClientRegisterPage', () => {
  it('checks names, PESEL check digit and gmina before sending, in Polish, with links to the fields', async () => {
    const user = userEvent.setup({ delay: null });
    // a user whose institution has no gmina: the picker starts empty
    const { requests } = mockFetch(handlers({ 'GET /api/v1/me': () => json({ ...meEwaPlans, gmina: null }) }));
    renderApp('/clients/new');
    expect(screen.getByRole('heading', { level: 1, name: 'Zarejestruj osobę' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('PESEL'), '85031412345');
    await user.click(screen.getByRole('button', { name: 'Zarejestruj osobę' }));

    const alert = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Wpisz imię.', '#client-firstName'],
      ['Wpisz nazwisko.', '#client-lastName'],
      ['Wpisz poprawny numer PESEL: 11 cyfr z prawidłową datą urodzenia i cyfrą kontrolną.', '#client-pesel'],
      ['Wybierz gminę, w której mieszka osoba.', '#client-gminaTeryt-voivodeship'],
    ]);
    expect(screen.getByLabelText('PESEL')).toHaveValue('85031412345');
    expect(screen.getByLabelText('PESEL')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('asks for the birth date when there is no PESEL', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers());
    renderApp('/clients/new');
    await user.type(screen.getByLabelText('Imię'), 'Jan');
    await user.type(screen.getByLabelText('Nazwisko'), 'Wiśniewski');
    await user.click(screen.getByRole('button', { name: 'Zarejestruj osobę' }));
    const alert = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(alert).getByRole('link', { name: 'Wpisz datę urodzenia – jest wymagana, gdy osoba nie ma numeru PESEL.' })).toHaveAttribute(
      'href',
      '#client-birthDate',
    );
  });

  it('maps the server errors[] to the fields by code and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(
      handlers({
        'POST /api/v1/clients': () =>
          unprocessable([
            { field: 'birthDate', code: 'inconsistent', message: 'does not match the birth date in the PESEL' },
            { field: 'pesel', code: 'Pesel', message: 'must be a valid PESEL' },
            { field: 'sensitive.notes', code: 'Size', message: 'size must be between 0 and 2000' },
          ]),
      }),
    );
    renderApp('/clients/new');
    await user.type(screen.getByLabelText('Imię'), 'Jan');
    await user.type(screen.getByLabelText('Nazwisko'), 'Wiśniewski');
    await user.type(screen.getByLabelText('PESEL'), '85031412347');
    await user.type(screen.getByLabelText(/Data urodzenia/), '1990-01-01');
    await chooseLegionowo(user);
    await user.click(screen.getByRole('button', { name: 'Zarejestruj osobę' }));

    const alert = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Wpisz poprawny numer PESEL: 11 cyfr z prawidłową datą urodzenia i cyfrą kontrolną.',
      'Data urodzenia nie zgadza się z datą zapisaną w numerze PESEL.',
      'Pole „Uwagi” ma za długą wartość.',
    ]);
    expect(screen.getByLabelText('Imię')).toHaveValue('Jan');
    expect(screen.getByLabelText(/Data urodzenia/)).toHaveValue('1990-01-01');
  });

  it('says a duplicate PESEL (409) in Polish without repeating the number', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers({ 'POST /api/v1/clients': () => unprocessable([{ field: 'pesel', code: 'duplicate', message: 'is already registered' }], 409) }));
    renderApp('/clients/new');
    await user.type(screen.getByLabelText('Imię'), 'Jan');
    await user.type(screen.getByLabelText('Nazwisko'), 'Wiśniewski');
    await user.type(screen.getByLabelText('PESEL'), '85031412347');
    await chooseLegionowo(user);
    await user.click(screen.getByRole('button', { name: 'Zarejestruj osobę' }));
    const alert = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(alert).getByRole('link', { name: /jest już zarejestrowana/ })).toHaveAttribute('href', '#client-pesel');
    expect(alert).not.toHaveTextContent('85031412347');
  });

  it('registers, sending the special-category data only when entered, and opens the client page', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: Schemas['ClientRequest'][] = [];
    mockFetch(
      handlers({
        'POST /api/v1/clients': async (_url, request) => {
          bodies.push((await request.json()) as Schemas['ClientRequest']);
          return json(clientJan, 201);
        },
        [`GET /api/v1/clients/${CLIENT_ID}`]: () => json(clientJan),
      }),
    );
    const { router } = renderApp('/clients/new');
    await user.type(screen.getByLabelText('Imię'), ' Jan ');
    await user.type(screen.getByLabelText('Nazwisko'), 'Wiśniewski');
    await user.type(screen.getByLabelText('PESEL'), '850314 12347');
    await chooseLegionowo(user);
    await user.selectOptions(screen.getByLabelText('Bezdomność'), 'yes');
    await user.click(screen.getByRole('button', { name: 'Zarejestruj osobę' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan Wiśniewski' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/clients/${CLIENT_ID}`);
    expect(screen.getByText('Osoba została zarejestrowana.')).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        firstName: 'Jan',
        lastName: 'Wiśniewski',
        pesel: '85031412347',
        birthDate: null,
        phone: null,
        email: null,
        gminaTeryt: '1408011',
        sensitive: { disabilityLevel: null, addiction: null, homeless: true, socialAssistanceSince: null, notes: null },
      },
    ]);
  });

  it("starts the gmina picker on the gmina of the user's institution", async () => {
    mockFetch(handlers());
    renderApp('/clients/new');
    const gmina = await screen.findByLabelText('Gmina');
    await waitFor(() => expect(gmina).toHaveValue('1408011'));
    expect(screen.getByLabelText('Powiat')).toHaveValue('1408');
    expect(screen.getByLabelText('Województwo')).toHaveValue('14');
  });
});
