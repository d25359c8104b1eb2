import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { institutionPage, NGO_ID, OPS_ID, PUP_ID, referenceHandlers, summary as institutionSummary } from '@/test/fixtures';
import { CIS_REF, CLIENT_ID, meEwaPlans, meJanPlans, NGO_REF, planJan, PLAN_ID, sharingNgo, sharingPup } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

type Plan = Schemas['PlanResponse'];

const G1 = 'e1000000-0000-4000-8000-000000000001';
const G2 = 'e1000000-0000-4000-8000-000000000002';
const G3 = 'e1000000-0000-4000-8000-000000000003';

const threeGoals: Plan = {
  ...planJan,
  goals: [
    { id: G1, position: 1, description: 'Podjęcie zatrudnienia', needs: [] },
    { id: G2, position: 2, description: 'Ukończenie szkolenia', needs: [] },
    { id: G3, position: 3, description: 'Stabilizacja mieszkaniowa', needs: [] },
  ],
};

function handlers(plan: () => Plan, extra: Record<string, Handler> = {}, me: Schemas['MeResponse'] = meEwaPlans): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/plans/${PLAN_ID}`]: () => json(plan()),
    [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => json([]),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup, sharingNgo]),
    ...extra,
  };
}

async function openDetailsForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Zmień tytuł, okres i cele' }));
  const form = screen.getByRole('form', { name: 'Zmień tytuł, okres i cele planu' });
  await waitFor(() => expect(within(form).getByRole('heading', { name: 'Zmień tytuł, okres i cele planu' })).toHaveFocus());
  return form;
}

describe('changing the plan’s title, period and goals', () => {
  it('moves, removes and adds goals with buttons and saves with If-Match = the plan version', async () => {
    const user = userEvent.setup({ delay: null });
    const puts: { ifMatch: string | null; body: Schemas['PlanUpdateRequest'] }[] = [];
    mockFetch(
      handlers(() => threeGoals, {
        [`PUT /api/v1/plans/${PLAN_ID}`]: async (_url, request) => {
          const body = (await request.json()) as Schemas['PlanUpdateRequest'];
          puts.push({ ifMatch: request.headers.get('If-Match'), body });
          return json({ ...threeGoals, title: body.title, goals: body.goals.map((goal, index) => ({ id: goal.id ?? 'e1000000-0000-4000-8000-000000000009', position: index + 1, description: goal.description, needs: [] })), version: 6 });
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openDetailsForm(user);
    expect(within(form).getByLabelText('Cel 1')).toHaveValue('Podjęcie zatrudnienia');
    // the first goal cannot move up, the last cannot move down
    expect(within(form).queryByRole('button', { name: 'Przenieś wyżej: Cel 1' })).not.toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: 'Przenieś niżej: Cel 3' })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Przenieś wyżej: Cel 3' }));
    expect(within(form).getByLabelText('Cel 2')).toHaveValue('Stabilizacja mieszkaniowa');
    expect(within(form).getByLabelText('Cel 3')).toHaveValue('Ukończenie szkolenia');
    // the focus stays with the moved goal
    expect(within(form).getByRole('button', { name: 'Przenieś wyżej: Cel 2' })).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Usuń cel: Cel 1' }));
    expect(within(form).getByLabelText('Cel 1')).toHaveValue('Stabilizacja mieszkaniowa');
    expect(within(form).getByLabelText('Cel 1')).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Dodaj cel' }));
    expect(within(form).getByLabelText('Cel 3')).toHaveFocus();
    await user.keyboard('Własne mieszkanie');
    const title = within(form).getByLabelText('Tytuł planu');
    await user.clear(title);
    await user.type(title, 'Powrót do pracy i mieszkanie');
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany planu' }));

    expect(await screen.findByText('Zapisano zmiany planu.')).toBeInTheDocument();
    expect(puts).toEqual([
      {
        ifMatch: '"5"',
        body: {
          title: 'Powrót do pracy i mieszkanie',
          periodFrom: '2025-03-01',
          periodTo: '2025-12-31',
          goals: [
            { id: G3, description: 'Stabilizacja mieszkaniowa' },
            { id: G2, description: 'Ukończenie szkolenia' },
            { id: null, description: 'Własne mieszkanie' },
          ],
        },
      },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Powrót do pracy i mieszkanie' })).toBeInTheDocument();
    const goals = within(screen.getByRole('region', { name: 'Cele i działania' }))
      .getAllByRole('heading', { level: 3 })
      .map((item) => item.textContent);
    expect(goals).toEqual(['Cel 1: Stabilizacja mieszkaniowa', 'Cel 2: Ukończenie szkolenia', 'Cel 3: Własne mieszkanie', 'Działania bez przypisanego celu']);
    // the form is closed and the focus is back on the button that opened it
    await waitFor(() => expect(screen.getByRole('button', { name: 'Zmień tytuł, okres i cele' })).toHaveFocus());
  });

  it('shows an error summary for an empty title and an empty goal and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(handlers(() => threeGoals));
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openDetailsForm(user);
    await user.clear(within(form).getByLabelText('Tytuł planu'));
    await user.click(within(form).getByRole('button', { name: 'Dodaj cel' }));
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany planu' }));

    const summary = within(form).getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Wpisz tytuł planu.', 'Wpisz treść celu albo usuń pusty cel.']);
    await user.click(within(summary).getByRole('link', { name: 'Wpisz treść celu albo usuń pusty cel.' }));
    expect(within(form).getByLabelText('Cel 4')).toHaveFocus();
    expect(within(form).getByLabelText('Cel 4')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('on 412 keeps what was typed, shows the version saved meanwhile and saves on it', async () => {
    const user = userEvent.setup({ delay: null });
    let current: Plan = threeGoals;
    const ifMatches: (string | null)[] = [];
    mockFetch(
      handlers(() => current, {
        [`PUT /api/v1/plans/${PLAN_ID}`]: async (_url, request) => {
          ifMatches.push(request.headers.get('If-Match'));
          if (request.headers.get('If-Match') !== `"${current.version}"`) return problem(412, 'Precondition Failed', `Current version is ${current.version}`);
          const body = (await request.json()) as Schemas['PlanUpdateRequest'];
          expect(body.goals.map((goal) => goal.id)).toEqual([G1, null, G3]);
          return json({ ...current, title: body.title, version: current.version + 1 });
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openDetailsForm(user);
    // meanwhile a colleague renames the plan and removes the second goal
    current = { ...threeGoals, title: 'Plan zmieniony przez kolegę', goals: threeGoals.goals.filter((goal) => goal.id !== G2), version: 7 };
    const title = within(form).getByLabelText('Tytuł planu');
    await user.clear(title);
    await user.type(title, 'Mój tytuł');
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany planu' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(form).getByLabelText('Tytuł planu')).toHaveValue('Mój tytuł');

    await user.click(within(alert).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    expect(await within(form).findByRole('status', { name: 'Wczytano aktualną wersję' })).toBeInTheDocument();
    const saved = within(form).getByRole('heading', { name: 'Aktualnie zapisana wersja' }).parentElement!;
    expect(saved).toHaveTextContent('Plan zmieniony przez kolegę');
    expect(saved).not.toHaveTextContent('Ukończenie szkolenia');
    expect(within(form).getByLabelText('Tytuł planu')).toHaveValue('Mój tytuł');
    expect(within(form).getByLabelText('Cel 2')).toHaveValue('Ukończenie szkolenia');

    // the goal removed meanwhile is kept as typed and saved as a new one
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany planu' }));
    expect(await screen.findByText('Zapisano zmiany planu.')).toBeInTheDocument();
    expect(ifMatches).toEqual(['"5"', '"7"']);
  });

  it('on 409 (the plan was completed meanwhile) says why and keeps the form', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers(() => threeGoals, { [`PUT /api/v1/plans/${PLAN_ID}`]: () => problem(409, 'Plan is finished', 'A completed or closed plan cannot be changed.') }));
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openDetailsForm(user);
    await user.type(within(form).getByLabelText('Tytuł planu'), ' – korekta');
    await user.click(within(form).getByRole('button', { name: 'Zapisz zmiany planu' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Nie udało się zapisać zmian (kod 409): A completed or closed plan cannot be changed.');
    expect(within(form).getByLabelText('Tytuł planu')).toHaveValue('Powrót do pracy 2025 – korekta');
  });

  it('is not offered to a team institution that does not lead, nor on a closed plan', async () => {
    mockFetch(handlers(() => ({ ...threeGoals, canEdit: false })));
    const first = renderApp(`/plans/${PLAN_ID}`);
    const goals = await screen.findByRole('region', { name: 'Cele i działania' });
    expect(within(goals).queryByRole('button', { name: 'Zmień tytuł, okres i cele' })).not.toBeInTheDocument();
    expect(within(goals).getByText('Tytuł, okres i cele planu zmienia instytucja prowadząca: Miejski Ośrodek Pomocy Społecznej w Legionowie.')).toBeInTheDocument();
    first.unmount();

    mockFetch(handlers(() => ({ ...threeGoals, status: 'CLOSED', allowedTransitions: [] })));
    renderApp(`/plans/${PLAN_ID}`);
    const closed = await screen.findByRole('region', { name: 'Cele i działania' });
    // a closed plan takes no changes: no goals editor, no new step, no step editor
    expect(within(closed).queryByRole('button')).not.toBeInTheDocument();
  });
});

async function openTeamForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Zmień zespół' }));
  const form = screen.getByRole('form', { name: 'Zmień zespół planu' });
  await waitFor(() => expect(within(form).getByRole('heading', { name: 'Zmień zespół planu' })).toHaveFocus());
  return form;
}

describe('changing the plan’s team', () => {
  const coordinatorPlan: Plan = { ...planJan, canManageTeam: true };

  it('adds an institution with an active basis: PUT with the lead and If-Match', async () => {
    const user = userEvent.setup({ delay: null });
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch(
      handlers(
        () => coordinatorPlan,
        {
          [`PUT /api/v1/plans/${PLAN_ID}/team`]: async (_url, request) => {
            puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
            return json({ ...coordinatorPlan, team: [...coordinatorPlan.team, { institution: NGO_REF, addedAt: '2025-05-05T10:00:00Z', sharingActive: true }], version: 6 });
          },
        },
        meJanPlans,
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openTeamForm(user);
    expect(within(form).getByText('Miejski Ośrodek Pomocy Społecznej w Legionowie prowadzi plan i zawsze należy do zespołu.')).toBeInTheDocument();
    const pup = within(form).getByRole('checkbox', { name: 'Powiatowy Urząd Pracy w Legionowie' });
    expect(pup).toBeChecked();
    // the PUP owns a planned step: it may not leave, and the form says so
    expect(pup).toHaveAccessibleDescription(/Ma otwarte działania/);
    const ngo = await within(form).findByRole('checkbox', { name: NGO_REF.name });
    expect(ngo).not.toBeChecked();
    expect(within(form).queryByRole('checkbox', { name: /Miejski Ośrodek/ })).not.toBeInTheDocument();
    await user.click(ngo);
    await user.click(within(form).getByRole('button', { name: 'Zapisz zespół' }));
    expect(await screen.findByText('Zapisano zespół planu.')).toBeInTheDocument();
    expect(puts).toEqual([{ ifMatch: '"5"', body: { institutionIds: [OPS_ID, PUP_ID, NGO_ID] } }]);
    expect(within(screen.getByRole('region', { name: 'Zespół' })).getByText(NGO_REF.name)).toBeInTheDocument();
  });

  it('adds an institution without a basis from the whole directory: records the basis first, then the team', async () => {
    const user = userEvent.setup({ delay: null });
    const calls: { path: string; body: unknown }[] = [];
    mockFetch(
      handlers(
        () => coordinatorPlan,
        {
          'GET /api/v1/institutions': () => json(institutionPage([institutionSummary({ id: CIS_REF.id, type: 'CIS', name: CIS_REF.name, city: 'Wieliszew' })])),
          [`POST /api/v1/clients/${CLIENT_ID}/sharing`]: async (url, request) => {
            calls.push({ path: new URL(url).pathname, body: await request.json() });
            return json({ ...sharingPup, id: 'f1000000-0000-4000-8000-000000000008', institution: CIS_REF }, 201);
          },
          [`PUT /api/v1/plans/${PLAN_ID}/team`]: async (url, request) => {
            calls.push({ path: new URL(url).pathname, body: await request.json() });
            return json({ ...coordinatorPlan, team: [...coordinatorPlan.team, { institution: CIS_REF, addedAt: '2025-05-05T10:00:00Z', sharingActive: true }], version: 6 });
          },
        },
        meJanPlans,
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openTeamForm(user);
    const picker = within(form).getByLabelText('Dodaj inną instytucję z katalogu (nieobowiązkowe)');
    await waitFor(() => expect(within(picker).getByRole('option', { name: new RegExp(CIS_REF.name) })).toBeInTheDocument());
    await user.selectOptions(picker, CIS_REF.id);
    const basis = within(form).getByRole('group', { name: /Podstawa udostępnienia danych tej instytucji/ });
    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę i zespół' }));
    const alert = within(form).getByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getAllByRole('link').map((link) => link.textContent)).toEqual(['Wybierz podstawę prawną.', 'Wpisz cel udostępnienia.']);
    expect(calls).toEqual([]);

    await user.selectOptions(within(basis).getByLabelText('Podstawa prawna'), 'PUBLIC_TASK_ART_6_1_E');
    await user.type(within(basis).getByLabelText('Cel udostępnienia'), 'Reintegracja w CIS');
    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę i zespół' }));
    expect(await screen.findByText('Zapisano zespół planu.')).toBeInTheDocument();
    expect(calls.map((call) => call.path)).toEqual([`/api/v1/clients/${CLIENT_ID}/sharing`, `/api/v1/plans/${PLAN_ID}/team`]);
    expect(calls[0]!.body).toMatchObject({ institutionId: CIS_REF.id, legalBasis: 'PUBLIC_TASK_ART_6_1_E', purpose: 'Reintegracja w CIS' });
    expect(calls[1]!.body).toEqual({ institutionIds: [OPS_ID, PUP_ID, CIS_REF.id] });
  });

  it('refuses to leave out an institution with open steps, in the error summary', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(handlers(() => coordinatorPlan, {}, meJanPlans));
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openTeamForm(user);
    await user.click(within(form).getByRole('checkbox', { name: 'Powiatowy Urząd Pracy w Legionowie' }));
    await user.click(within(form).getByRole('button', { name: 'Zapisz zespół' }));
    const summary = within(form).getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Nie można usunąć z zespołu: Powiatowy Urząd Pracy w Legionowie – ma otwarte działania.');
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('maps a server refusal (no legal basis) to the team field', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(
      handlers(
        () => coordinatorPlan,
        {
          [`PUT /api/v1/plans/${PLAN_ID}/team`]: () =>
            new Response(JSON.stringify({ title: 'Invalid', status: 422, errors: [{ field: 'institutionIds[2]', code: 'no-legal-basis', message: 'has no active legal basis' }] }), {
              status: 422,
              headers: { 'Content-Type': 'application/problem+json' },
            }),
        },
        meJanPlans,
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openTeamForm(user);
    await user.click(await within(form).findByRole('checkbox', { name: NGO_REF.name }));
    await user.click(within(form).getByRole('button', { name: 'Zapisz zespół' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: /nie ma aktywnej podstawy udostępnienia/ })).toBeInTheDocument();
  });

  it('on 412 keeps the choice, shows the team saved meanwhile and saves on the current version', async () => {
    const user = userEvent.setup({ delay: null });
    let current: Plan = coordinatorPlan;
    const ifMatches: (string | null)[] = [];
    mockFetch(
      handlers(
        () => current,
        {
          [`PUT /api/v1/plans/${PLAN_ID}/team`]: (_url, request) => {
            ifMatches.push(request.headers.get('If-Match'));
            if (request.headers.get('If-Match') !== `"${current.version}"`) return problem(412, 'Precondition Failed', `Current version is ${current.version}`);
            return json({ ...current, version: current.version + 1 });
          },
        },
        meJanPlans,
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openTeamForm(user);
    current = { ...coordinatorPlan, title: 'Zmieniony', version: 9 };
    const ngo = await within(form).findByRole('checkbox', { name: NGO_REF.name });
    await user.click(ngo);
    await user.click(within(form).getByRole('button', { name: 'Zapisz zespół' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    await user.click(within(alert).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    expect(await within(form).findByRole('heading', { name: 'Aktualnie zapisany zespół' })).toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: NGO_REF.name })).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Zapisz zespół' }));
    expect(await screen.findByText('Zapisano zespół planu.')).toBeInTheDocument();
    expect(ifMatches).toEqual(['"5"', '"9"']);
  });

  it('is hidden from staff of the lead, and from anyone /me does not show as its coordinator', async () => {
    mockFetch(handlers(() => planJan));
    const first = renderApp(`/plans/${PLAN_ID}`);
    const team = await screen.findByRole('region', { name: 'Zespół' });
    expect(within(team).queryByRole('button')).not.toBeInTheDocument();
    expect(within(team).getByText('Zespół planu zmienia koordynator instytucji prowadzącej: Miejski Ośrodek Pomocy Społecznej w Legionowie.')).toBeInTheDocument();
    first.unmount();

    // the plan says "may manage", but /me says the caller is not a coordinator: the UI believes /me
    mockFetch(handlers(() => coordinatorPlan, {}, meEwaPlans));
    renderApp(`/plans/${PLAN_ID}`);
    const again = await screen.findByRole('region', { name: 'Zespół' });
    await screen.findByRole('button', { name: 'Zmień tytuł, okres i cele' });
    expect(within(again).queryByRole('button')).not.toBeInTheDocument();
  });
});
