import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { referenceHandlers } from '@/test/fixtures';
import { CLIENT_ID, clientJan, meEwaPlans, opsRef } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

const change: Schemas['ClientChangeResponse'] = {
  id: 'a7000000-0000-4000-8000-000000000001',
  changedAt: '2025-03-20T10:15:00Z',
  changedBy: 'Ewa Nowak',
  institution: opsRef,
  reason: 'Wniosek osoby',
  fields: [
    { field: 'lastName', oldValue: 'Wiśniewski', newValue: 'Wiśniewski-Nowak', specialCategory: false },
    { field: 'sensitive.notes', oldValue: null, newValue: null, specialCategory: true },
  ],
};

describe('rectifying the person’s data', () => {
  it('saves with If-Match, keeps the input on 412 and saves on the current version; the history shows special-category fields only as changed', async () => {
    const user = userEvent.setup({ delay: null });
    let current: Schemas['ClientResponse'] = clientJan;
    let changes: Schemas['ClientChangeResponse'][] = [];
    const puts: { ifMatch: string | null; body: Schemas['ClientUpdateRequest'] }[] = [];
    mockFetch({
      ...referenceHandlers(),
      'GET /api/v1/me': () => json(meEwaPlans),
      [`GET /api/v1/clients/${CLIENT_ID}`]: () => json(current),
      [`GET /api/v1/clients/${CLIENT_ID}/changes`]: () => json(changes),
      [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([]),
      [`PUT /api/v1/clients/${CLIENT_ID}`]: async (_url, request) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as Schemas['ClientUpdateRequest'];
        puts.push({ ifMatch, body });
        if (ifMatch === '"1"') {
          current = { ...clientJan, phone: '+48 600 999 999', version: 2 };
          return json({ type: 'urn:synergia:problem:stale-version', title: 'Precondition Failed', status: 412 }, 412);
        }
        current = { ...current, lastName: body.lastName, version: 3 };
        changes = [change];
        return json(current);
      },
    });
    renderApp(`/clients/${CLIENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Popraw dane osoby (art. 16 RODO)' });
    expect(await screen.findByText('Danych tej osoby nie zmieniano.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Popraw dane osoby' }));
    const form = within(section).getByRole('form', { name: 'Popraw dane osoby (art. 16 RODO)' });
    expect(within(form).getByLabelText('Nazwisko')).toHaveValue('Wiśniewski');
    const lastName = within(form).getByLabelText('Nazwisko');
    await user.clear(lastName);
    await user.type(lastName, 'Wiśniewski-Nowak');
    await user.type(within(form).getByLabelText('Powód zmiany (opcjonalnie)'), 'Wniosek osoby');
    await user.click(within(form).getByRole('button', { name: 'Zapisz poprawione dane' }));

    const stale = await within(form).findByRole('alert');
    expect(stale).toHaveTextContent('Ktoś inny');
    await user.click(within(stale).getByRole('button'));
    expect(await within(form).findByText('W aktualnej wersji: Jan Wiśniewski.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Nazwisko')).toHaveValue('Wiśniewski-Nowak');
    await user.click(within(form).getByRole('button', { name: 'Zapisz poprawione dane' }));
    expect(await screen.findByText('Zapisano poprawione dane osoby.')).toBeInTheDocument();
    expect(puts.map((put) => put.ifMatch)).toEqual(['"1"', '"2"']);
    expect(puts[1]!.body).toMatchObject({ lastName: 'Wiśniewski-Nowak', reason: 'Wniosek osoby' });
    // the institution sees special-category data, so its current state is sent as a whole
    expect(puts[1]!.body.sensitive).toMatchObject({ disabilityLevel: 'MODERATE', homeless: true });

    const history = screen.getByRole('region', { name: 'Historia zmian danych' });
    expect(await within(history).findByText('Nazwisko: z „Wiśniewski” na „Wiśniewski-Nowak”')).toBeInTheDocument();
    expect(within(history).getByText('Uwagi (dane szczególnej kategorii): zmieniono (dane szczególnej kategorii – bez wartości w historii)')).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Popraw dane osoby' })).toHaveFocus());
  });

  it('is not offered under a restriction of processing, which the page explains', async () => {
    mockFetch({
      ...referenceHandlers(),
      'GET /api/v1/me': () => json(meEwaPlans),
      [`GET /api/v1/clients/${CLIENT_ID}`]: () => json({ ...clientJan, restricted: true, canRectify: false }),
      [`GET /api/v1/clients/${CLIENT_ID}/changes`]: () => json([]),
      [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([]),
    });
    renderApp(`/clients/${CLIENT_ID}`);
    expect(await screen.findByRole('region', { name: 'Przetwarzanie danych ograniczone (art. 18 RODO)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Popraw dane osoby' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Rozpocznij plan działania' })).not.toBeInTheDocument();
  });
});
