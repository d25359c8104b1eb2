import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { referenceHandlers } from '@/test/fixtures';
import { CLIENT_ID, jan, meDpo, meEwaPlans, meJanPlans, opsRef, PLAN_ID } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

const REQUEST_ID = 'a8000000-0000-4000-8000-000000000001';

function caseOf(index: number, restricted = false): Schemas['CaseSummary'] {
  return {
    planId: `b1000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    title: `Plan ${index}`,
    status: 'ACTIVE',
    client: { ...jan, id: `c1000000-0000-4000-8000-${String(index).padStart(12, '0')}`, lastName: `Testowy${index}` },
    lead: opsRef,
    periodFrom: '2025-03-01',
    periodTo: null,
    referentSince: '2025-03-02T09:00:00Z',
    restricted,
  };
}

const cases = (items: Schemas['CaseSummary'][]): Schemas['CasePage'] => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

describe('my cases', () => {
  it('lists the caller’s cases with a Polish plural and marks a restricted one', async () => {
    mockFetch({
      ...referenceHandlers(),
      'GET /api/v1/me': () => json(meEwaPlans),
      'GET /api/v1/cases/mine': () => json(cases([caseOf(1), caseOf(2), caseOf(3, true), caseOf(4), caseOf(5)])),
    });
    renderApp('/cases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Moje sprawy' })).toBeInTheDocument();
    expect(await screen.findByText('5 spraw')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Twoje sprawy według nazwiska osoby' });
    expect(within(table).getByRole('link', { name: 'Plan 1' })).toHaveAttribute('href', `/plans/b1000000-0000-4000-8000-000000000001`);
    expect(within(within(table).getByRole('row', { name: /Plan 3/ })).getByText('Ograniczone przetwarzanie')).toBeInTheDocument();
    // staff without the coordinator's permission see no reassignment
    expect(screen.queryByRole('region', { name: 'Przekaż wszystkie sprawy osoby, która odchodzi' })).not.toBeInTheDocument();
  });

  it('lets a coordinator hand over every case of a colleague after a confirmation and says what happened', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: Schemas['HandoverRequest'][] = [];
    mockFetch({
      ...referenceHandlers(),
      'GET /api/v1/me': () => json({ ...meJanPlans, permissions: [...meJanPlans.permissions, 'CASE_REASSIGN'] }),
      'GET /api/v1/cases/mine': () => json(cases([])),
      'GET /api/v1/me/colleagues': () => json([
        { subject: 's-anna', displayName: 'Anna Zięba' },
        { subject: 's-ewa', displayName: 'Ewa Nowak' },
      ]),
      'POST /api/v1/cases/reassignments': async (_url, request) => {
        bodies.push((await request.json()) as Schemas['HandoverRequest']);
        return json({ moved: 2, merged: 0, skippedRestricted: 1 });
      },
    });
    renderApp('/cases');
    expect(await screen.findByText('Nie prowadzisz jeszcze żadnej sprawy. Otwórz plan i wybierz „Zostań osobą prowadzącą”.')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Przekaż wszystkie sprawy osoby, która odchodzi' });
    await user.click(within(section).getByRole('button', { name: 'Przekaż sprawy' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Sprawy osoby');
    await waitFor(() => expect(within(within(section).getByLabelText('Sprawy osoby')).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(within(section).getByLabelText('Sprawy osoby'), 's-ewa');
    await user.selectOptions(within(section).getByLabelText('Przekaż osobie'), 's-anna');
    await user.click(within(section).getByRole('button', { name: 'Przekaż sprawy' }));
    const confirm = within(section).getByRole('group', { name: 'Potwierdź przekazanie spraw' });
    expect(confirm).toHaveTextContent('Wszystkie sprawy osoby Ewa Nowak w Twojej instytucji przejmie: Anna Zięba.');
    expect(bodies).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Tak, przekaż wszystkie sprawy' }));
    expect(await within(section).findByText('Przekazano 2 sprawy. 1 sprawa z ograniczonym przetwarzaniem została bez zmian.')).toBeInTheDocument();
    expect(bodies).toEqual([{ fromSubject: 's-ewa', toSubject: 's-anna' }]);
  });
});

const openRequest: Schemas['DataSubjectRequestResponse'] = {
  id: REQUEST_ID,
  client: jan,
  kind: 'RESTRICTION',
  grounds: 'ART_18_1_A_ACCURACY_CONTESTED',
  details: 'Kwestionuje adres',
  receivedOn: '2099-01-10',
  dueOn: '2099-02-10',
  extendedDueOn: null,
  extensionReason: null,
  answerDue: '2099-02-10',
  overdue: false,
  status: 'OPEN',
  decisionReason: null,
  decidedOn: null,
  decidedBy: null,
  liftedOn: null,
  liftReason: null,
  recordedBy: 'Katarzyna Dąbrowska',
  recordedAt: '2099-01-10T09:00:00Z',
  dutiesToKeep: [],
  actions: ['EXTEND', 'GRANT', 'REFUSE'],
  version: 0,
};

function dpoHandlers(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return { ...referenceHandlers(), 'GET /api/v1/me': () => json(meDpo), ...extra };
}

describe('the data-protection officer', () => {
  it('finds a person by PESEL in a POST body, never in the URL, and goes on to record a request for them', async () => {
    const user = userEvent.setup({ delay: null });
    const searches: Schemas['DpoSearchRequest'][] = [];
    const created: Schemas['DataSubjectRequestCreate'][] = [];
    const { requests } = mockFetch(
      dpoHandlers({
        'POST /api/v1/dpo/searches': async (_url, request) => {
          searches.push((await request.json()) as Schemas['DpoSearchRequest']);
          return json([{ id: CLIENT_ID, firstName: 'Jan', lastName: 'Wiśniewski', birthDate: '1985-03-14', gminaTeryt: '1408011', registeredBy: opsRef, restricted: false }]);
        },
        'GET /api/v1/dpo/requests': () => json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
        'POST /api/v1/dpo/requests': async (_url, request) => {
          created.push((await request.json()) as Schemas['DataSubjectRequestCreate']);
          return json(openRequest, 201);
        },
        [`GET /api/v1/dpo/requests/${REQUEST_ID}`]: () => json(openRequest),
      }),
    );
    const { router } = renderApp('/dpo/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wyszukaj osobę' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    expect(await within(nav).findByRole('link', { name: 'Wnioski RODO' })).toBeInTheDocument();
    // the directory is not the officer's: /me does not offer it, as the API does not admit them
    expect(within(nav).queryByRole('link', { name: 'Instytucje' })).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Wyszukaj osobę' });
    await user.type(within(form).getByLabelText('PESEL'), '85031412348');
    await user.click(within(form).getByRole('button', { name: 'Szukaj' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('PESEL');
    expect(searches).toHaveLength(0);
    await user.clear(within(form).getByLabelText('PESEL'));
    await user.type(within(form).getByLabelText('PESEL'), '85031412347');
    await user.click(within(form).getByRole('button', { name: 'Szukaj' }));
    expect(await screen.findByText('Znaleziono 1 osobę.')).toBeInTheDocument();
    expect(searches).toEqual([{ pesel: '85031412347' }]);
    expect(requests.every((request) => !request.url.includes('85031412347'))).toBe(true);
    expect(router.state.location.search).toBe('');

    await user.click(screen.getByRole('link', { name: 'Zapisz wniosek: Jan Wiśniewski' }));
    const newForm = await screen.findByRole('form', { name: 'Zapisz wniosek osoby' });
    expect(screen.getByText('Wniosek osoby: Jan Wiśniewski')).toBeInTheDocument();
    await user.selectOptions(within(newForm).getByLabelText('Rodzaj wniosku'), 'RESTRICTION');
    expect(within(within(newForm).getByLabelText('Podstawa (wskazana przez osobę)')).getAllByRole('option')).toHaveLength(5);
    await user.selectOptions(within(newForm).getByLabelText('Podstawa (wskazana przez osobę)'), 'ART_18_1_A_ACCURACY_CONTESTED');
    await user.click(within(newForm).getByRole('button', { name: 'Zapisz wniosek' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wniosek: Ograniczenie przetwarzania (art. 18)' })).toBeInTheDocument();
    expect(screen.getByText(/Zapisano wniosek. Odpowiedzi należy udzielić do/)).toBeInTheDocument();
    expect(created[0]).toMatchObject({ clientId: CLIENT_ID, kind: 'RESTRICTION', grounds: 'ART_18_1_A_ACCURACY_CONTESTED' });
  });

  it('grants a restriction only after a confirmation, and on 412 keeps the choice and loads the current version', async () => {
    const user = userEvent.setup({ delay: null });
    let current = openRequest;
    const decisions: { ifMatch: string | null; body: Schemas['DataSubjectRequestDecision'] }[] = [];
    mockFetch(
      dpoHandlers({
        [`GET /api/v1/dpo/requests/${REQUEST_ID}`]: () => json(current),
        [`POST /api/v1/dpo/requests/${REQUEST_ID}/decision`]: async (_url, request) => {
          const ifMatch = request.headers.get('If-Match');
          decisions.push({ ifMatch, body: (await request.json()) as Schemas['DataSubjectRequestDecision'] });
          if (ifMatch === '"0"') {
            current = { ...openRequest, extendedDueOn: '2099-03-10', answerDue: '2099-03-10', extensionReason: 'Złożona sprawa', actions: ['GRANT', 'REFUSE'], version: 1 };
            return json({ type: 'urn:synergia:problem:stale-version', title: 'Precondition Failed', status: 412 }, 412);
          }
          current = { ...current, status: 'GRANTED', decidedOn: '2099-01-12', decidedBy: 'Katarzyna Dąbrowska', actions: ['LIFT'], version: 2 };
          return json(current);
        },
      }),
    );
    renderApp(`/dpo/requests/${REQUEST_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Wniosek: Ograniczenie przetwarzania (art. 18)' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Odpowiedz na wniosek' });
    await user.click(within(form).getByRole('radio', { name: 'Uwzględnij' }));
    await user.click(within(form).getByRole('button', { name: 'Dalej' }));
    const confirm = screen.getByRole('group', { name: 'Potwierdź decyzję' });
    expect(confirm).toHaveTextContent('nikt poza inspektorem ochrony danych nie zmieni danych tej osoby');
    await user.click(within(confirm).getByRole('button', { name: 'Tak, zapisz decyzję' }));
    const stale = await screen.findByRole('alert');
    expect(stale).toHaveTextContent('Ktoś inny');
    await user.click(within(stale).getByRole('button'));
    expect(await screen.findByText('Aktualny status wniosku: Oczekuje na odpowiedź.')).toBeInTheDocument();
    // the choice stays as made
    expect(within(screen.getByRole('form', { name: 'Odpowiedz na wniosek' })).getByRole('radio', { name: 'Uwzględnij' })).toBeChecked();
    await user.click(within(screen.getByRole('form', { name: 'Odpowiedz na wniosek' })).getByRole('button', { name: 'Dalej' }));
    await user.click(within(screen.getByRole('group', { name: 'Potwierdź decyzję' })).getByRole('button', { name: 'Tak, zapisz decyzję' }));
    expect(await screen.findByText('Zapisano decyzję: Ograniczenie obowiązuje.')).toBeInTheDocument();
    expect(decisions.map((decision) => decision.ifMatch)).toEqual(['"0"', '"1"']);
    expect(screen.getByRole('form', { name: 'Znieś ograniczenie' })).toBeInTheDocument();
    expect(PLAN_ID).toBeDefined();
  });
});
