import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import {
  institutionPage,
  institutionSummaries,
  KIS_ID,
  kisDetail,
  meAdmin,
  meJan,
  OPS_ID,
  opsDetail,
  referenceHandlers,
} from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const emptyHistory = { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 };

function base(me: Schemas['MeResponse'], extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    ...extra,
  };
}

describe('InstitutionCreatePage', () => {
  it('lets an administrator add an institution, after the required fields are filled', async () => {
    const user = userEvent.setup();
    const created: Schemas['InstitutionResponse'] = {
      ...opsDetail,
      id: 'a9000000-0000-4000-8000-000000000001',
      name: 'Fundacja Nowy Start',
      type: 'NGO',
    };
    let body: Schemas['InstitutionRequest'] | undefined;
    mockFetch(
      base(meAdmin, {
        'POST /api/v1/institutions': async (_url, request) => {
          body = (await request.json()) as Schemas['InstitutionRequest'];
          return json(created, 201);
        },
        [`GET /api/v1/institutions/${created.id}`]: () => json(created),
        [`GET /api/v1/institutions/${created.id}/history`]: () => json(emptyHistory),
      }),
    );
    const { router } = renderApp('/institutions/new');

    await screen.findByRole('heading', { level: 1, name: 'Dodaj instytucję' });
    await user.click(await screen.findByRole('button', { name: 'Dodaj instytucję' }));
    const summary = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Wybierz rodzaj instytucji.',
      'Wpisz nazwę instytucji.',
      'Wybierz gminę, w której działa instytucja.',
    ]);
    // the gmina error leads to the first select still to choose
    expect(within(summary).getByRole('link', { name: /Wybierz gminę/ })).toHaveAttribute('href', '#institution-gminaTeryt-voivodeship');

    await user.selectOptions(screen.getByLabelText('Rodzaj instytucji'), 'Organizacja pozarządowa');
    await user.type(screen.getByLabelText('Nazwa'), 'Fundacja Nowy Start');
    await screen.findByRole('option', { name: 'mazowieckie' });
    await user.selectOptions(screen.getByLabelText('Województwo'), 'mazowieckie');
    await screen.findByRole('option', { name: 'legionowski' });
    await user.selectOptions(screen.getByLabelText('Powiat'), 'legionowski');
    await screen.findByRole('option', { name: 'Wieliszew (gmina wiejska)' });
    await user.selectOptions(screen.getByLabelText('Gmina'), 'Wieliszew (gmina wiejska)');
    await user.type(screen.getByLabelText('Identyfikator w systemie źródłowym'), 'crm-123');
    await user.click(screen.getByRole('button', { name: 'Dodaj instytucję' }));

    expect(await screen.findByText('Dodano instytucję do katalogu.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/institutions/${created.id}`);
    expect(body).toMatchObject({ type: 'NGO', name: 'Fundacja Nowy Start', gminaTeryt: '1408052', externalId: 'crm-123', address: null });
  });

  it('is refused to a coordinator without a form', async () => {
    mockFetch(base(meJan));
    renderApp('/institutions/new');
    expect(await screen.findByText('Dodawać instytucje do katalogu może tylko administrator platformy.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dodaj instytucję' })).not.toBeInTheDocument();
  });
});

describe('OfferingPage', () => {
  const editable = { ...kisDetail, editable: true };

  it('adds an offering with If-Match and maps a refused service to its field', async () => {
    const user = userEvent.setup();
    const bodies: Schemas['OfferingRequest'][] = [];
    let ifMatch: string | null = null;
    mockFetch(
      base(meJan, {
        [`GET /api/v1/institutions/${KIS_ID}`]: () => json(editable),
        [`GET /api/v1/institutions/${KIS_ID}/history`]: () => json(emptyHistory),
        [`POST /api/v1/institutions/${KIS_ID}/offerings`]: async (_url, request) => {
          ifMatch = request.headers.get('If-Match');
          bodies.push((await request.json()) as Schemas['OfferingRequest']);
          if (bodies.length === 1) {
            return new Response(
              JSON.stringify({
                type: 'urn:synergia:problem:unprocessable',
                title: 'Unprocessable',
                status: 422,
                errors: [{ field: 'serviceCode', code: 'invalid-reference', message: 'is not a catalogue entry' }],
              }),
              { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
            );
          }
          return json({ ...editable, version: 4 });
        },
      }),
    );
    const { router } = renderApp(`/institutions/${KIS_ID}/offerings/new`);
    await screen.findByRole('heading', { level: 1, name: 'Dodaj ofertę' });
    await screen.findByRole('option', { name: 'Staż (2025)' });
    // historical entries are not offered
    expect(screen.queryByRole('option', { name: 'III profil pomocy' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Usługa z katalogu'), 'Staż (2025)');
    await user.type(screen.getByLabelText('Liczba miejsc'), '8');
    await user.type(screen.getByLabelText('Harmonogram'), 'nabór ciągły');
    await user.click(screen.getByRole('radio', { name: 'Zawieszona' }));
    await user.click(screen.getByRole('button', { name: 'Dodaj ofertę' }));

    const summary = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(summary).getByRole('link', { name: 'Wybranej usługi nie ma w katalogu – wybierz ją z listy.' })).toHaveAttribute(
      'href',
      '#offering-serviceCode',
    );
    expect(screen.getByLabelText('Harmonogram')).toHaveValue('nabór ciągły');

    await user.click(screen.getByRole('button', { name: 'Dodaj ofertę' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/institutions/${KIS_ID}`));
    expect(ifMatch).toBe('"3"');
    expect(bodies[1]).toEqual({ serviceCode: 'PUP_INTERNSHIP_2025', places: 8, schedule: 'nabór ciągły', contact: null, status: 'SUSPENDED' });
    expect(await screen.findByText('Dodano ofertę.')).toBeInTheDocument();
  });

  it('on 412 keeps the offering typed and sends it again on the version reloaded', async () => {
    const user = userEvent.setup();
    let current = editable;
    const ifMatches: (string | null)[] = [];
    mockFetch(
      base(meJan, {
        [`GET /api/v1/institutions/${KIS_ID}`]: () => json(current),
        [`GET /api/v1/institutions/${KIS_ID}/history`]: () => json(emptyHistory),
        [`PUT /api/v1/institutions/${KIS_ID}/offerings/b1000000-0000-4000-8000-000000000001`]: (_url, request) => {
          ifMatches.push(request.headers.get('If-Match'));
          return request.headers.get('If-Match') === `"${current.version}"`
            ? json({ ...current, version: current.version + 1 })
            : problem(412, 'Precondition Failed');
        },
      }),
    );
    const { router } = renderApp(`/institutions/${KIS_ID}/offerings/b1000000-0000-4000-8000-000000000001/edit`);
    const schedule = await screen.findByLabelText('Harmonogram');
    expect(schedule).toHaveValue('pon.–pt. 9:00–15:00');
    current = { ...editable, version: 6 };
    await user.clear(schedule);
    await user.type(schedule, 'pon.–śr. 9:00–13:00');
    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));

    const conflict = await screen.findByRole('alert', { name: 'Ktoś inny zapisał zmiany w międzyczasie' });
    expect(screen.getByLabelText('Harmonogram')).toHaveValue('pon.–śr. 9:00–13:00');
    await user.click(within(conflict).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    expect(await screen.findByRole('status', { name: 'Wczytano aktualną wersję' })).toBeInTheDocument();
    expect(screen.getByLabelText('Harmonogram')).toHaveValue('pon.–śr. 9:00–13:00');

    await user.click(screen.getByRole('button', { name: 'Zapisz zmiany' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/institutions/${KIS_ID}`));
    expect(ifMatches).toEqual(['"3"', '"6"']);
  });

  it('does not offer the form for an entry the caller may not edit', async () => {
    mockFetch(
      base(meJan, {
        [`GET /api/v1/institutions/${OPS_ID}`]: () => json(opsDetail),
      }),
    );
    renderApp(`/institutions/${OPS_ID}/offerings/new`);
    expect(await screen.findByText(/Nie możesz zmieniać danych tej instytucji/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Usługa z katalogu')).not.toBeInTheDocument();
  });
});
