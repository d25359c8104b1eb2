import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { OPS_ID, PUP_ID, referenceHandlers } from '@/test/fixtures';
import { CLIENT_ID, meEwaPlans, planJan, PLAN_ID, sharingPup, STEP_OWN_ID } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

function handlers(extra: Record<string, Handler> = {}, plan: Schemas['PlanResponse'] = planJan): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(meEwaPlans),
    [`GET /api/v1/plans/${PLAN_ID}`]: () => json(plan),
    [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => json([]),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup]),
    ...extra,
  };
}

const stepItem = (title: string) => screen.getByRole('heading', { level: 4, name: new RegExp(title) }).closest('li')!;

describe('PlanPage', () => {
  it('shows status, team, goals with their steps, and due items', async () => {
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Powrót do pracy 2025' })).toBeInTheDocument();
    expect(document.title).toBe('Powrót do pracy 2025 – Synergia');
    expect(within(screen.getByRole('region', { name: 'Status planu' })).getByText('W realizacji')).toBeInTheDocument();
    const goals = screen.getByRole('region', { name: 'Cele i działania' });
    // the fixture's steps serve no goal: the goal says so, the steps stand in their own group
    const goal = within(goals).getByRole('region', { name: 'Cel 1: Podjęcie zatrudnienia' });
    expect(within(goal).getByText('Do tego celu nie przypisano jeszcze działań.')).toBeInTheDocument();
    const loose = within(goals).getByRole('region', { name: 'Działania bez przypisanego celu' });
    expect(within(loose).getAllByRole('heading', { level: 4 }).map((heading) => heading.firstChild?.textContent?.trim())).toEqual(['Kontrakt socjalny', 'Staż w urzędzie gminy']);
    expect(within(stepItem('Staż w urzędzie gminy')).getByText('Powiatowy Urząd Pracy w Legionowie')).toBeInTheDocument();
    const due = screen.getByRole('table', { name: 'Co i kiedy trzeba zrobić w tym planie' });
    expect(within(due).getByText('Po terminie')).toBeInTheDocument();
  });

  it('offers editing only for steps the caller’s institution owns', async () => {
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Powrót do pracy 2025' });
    expect(within(stepItem('Kontrakt socjalny')).getByRole('button', { name: 'Zmień: Kontrakt socjalny' })).toBeInTheDocument();
    const pup = stepItem('Staż w urzędzie gminy');
    expect(within(pup).queryByRole('button')).not.toBeInTheDocument();
    expect(within(pup).getByText('To działanie zmienia tylko instytucja, która je prowadzi: Powiatowy Urząd Pracy w Legionowie.')).toBeInTheDocument();
  });

  it('saves a step with If-Match = the step version and announces it', async () => {
    const user = userEvent.setup({ delay: null });
    const puts: { ifMatch: string | null; body: Schemas['StepRequest'] }[] = [];
    mockFetch(
      handlers({
        [`PUT /api/v1/plans/${PLAN_ID}/steps/${STEP_OWN_ID}`]: async (_url, request) => {
          puts.push({ ifMatch: request.headers.get('If-Match'), body: (await request.json()) as Schemas['StepRequest'] });
          return json({ ...planJan, steps: planJan.steps.map((step) => (step.id === STEP_OWN_ID ? { ...step, status: 'DONE' as const, version: 4 } : step)) });
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Zmień: Kontrakt socjalny' }));
    const form = screen.getByRole('form', { name: 'Zmiana działania „Kontrakt socjalny”' });
    const status = within(form).getByLabelText('Status');
    // IN_PROGRESS may become DONE, STANDBY or ABANDONED, never back to PLANNED
    expect(within(status).getAllByRole('option').map((option) => option.textContent)).toEqual(['W trakcie', 'Zrealizowane', 'Wstrzymane', 'Przerwane']);
    await user.selectOptions(status, 'DONE');
    await user.type(within(form).getByLabelText('Faktyczny koniec'), '2025-06-30');
    await user.click(within(form).getByRole('button', { name: 'Zapisz działanie' }));
    expect(await screen.findByText('Zapisano działanie „Kontrakt socjalny”.')).toBeInTheDocument();
    expect(puts).toHaveLength(1);
    expect(puts[0]!.ifMatch).toBe('"3"');
    expect(puts[0]!.body).toMatchObject({ ownerInstitutionId: OPS_ID, serviceCode: 'KONTRAKT_SOCJALNY', status: 'DONE', actualEnd: '2025-06-30', actualStart: '2025-03-12' });
  });

  it('on 412 keeps what was typed, offers to load the current version, then saves on it', async () => {
    const user = userEvent.setup({ delay: null });
    let current = planJan;
    const ifMatches: (string | null)[] = [];
    mockFetch(
      handlers({
        [`GET /api/v1/plans/${PLAN_ID}`]: () => json(current),
        [`PUT /api/v1/plans/${PLAN_ID}/steps/${STEP_OWN_ID}`]: (_url, request) => {
          const ifMatch = request.headers.get('If-Match');
          ifMatches.push(ifMatch);
          const version = current.steps.find((step) => step.id === STEP_OWN_ID)!.version;
          if (ifMatch !== `"${version}"`) return problem(412, 'Precondition Failed', `Current version is ${version}`);
          return json(current);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Zmień: Kontrakt socjalny' }));
    const form = screen.getByRole('form', { name: 'Zmiana działania „Kontrakt socjalny”' });
    // meanwhile a colleague saves the same step
    current = { ...planJan, steps: planJan.steps.map((step) => (step.id === STEP_OWN_ID ? { ...step, status: 'STANDBY' as const, version: 4 } : step)) };
    const notes = within(form).getByLabelText('Uwagi');
    await user.clear(notes);
    await user.type(notes, 'Osoba zaczęła pracę');
    await user.click(within(form).getByRole('button', { name: 'Zapisz działanie' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Ktoś inny zapisał zmiany w międzyczasie');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(form).getByLabelText('Uwagi')).toHaveValue('Osoba zaczęła pracę');

    await user.click(within(alert).getByRole('button', { name: 'Wczytaj aktualną wersję i zachowaj moje zmiany' }));
    const reloadedForm = await screen.findByRole('form', { name: 'Zmiana działania „Kontrakt socjalny”' });
    const reloaded = await within(reloadedForm).findByRole('status', { name: 'Wczytano aktualną wersję' });
    expect(reloaded).toHaveTextContent('Status działania w aktualnej wersji: Wstrzymane.');
    expect(within(reloadedForm).getByLabelText('Uwagi')).toHaveValue('Osoba zaczęła pracę');

    await user.click(within(reloadedForm).getByRole('button', { name: 'Zapisz działanie' }));
    expect(await screen.findByText('Zapisano działanie „Kontrakt socjalny”.')).toBeInTheDocument();
    expect(ifMatches).toEqual(['"3"', '"4"']);
  });

  it('moves the plan through an allowed transition with If-Match = the plan version', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: { ifMatch: string | null; body: unknown }[] = [];
    mockFetch(
      handlers({
        [`POST /api/v1/plans/${PLAN_ID}/transitions`]: async (_url, request) => {
          posts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
          return json({ ...planJan, status: 'COMPLETED', allowedTransitions: ['CLOSED'], version: 6 });
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const status = await screen.findByRole('region', { name: 'Status planu' });
    expect(within(status).getAllByRole('button').map((button) => button.textContent)).toEqual(['Oznacz jako zakończony', 'Zamknij plan']);
    await user.click(within(status).getByRole('button', { name: 'Oznacz jako zakończony' }));
    // completing cannot be undone: a confirmation first
    const dialog = within(status).getByRole('alertdialog', { name: 'Oznaczyć plan OPS-2025/0007 jako zakończony?' });
    expect(posts).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Tak, oznacz jako zakończony' }));
    expect(await screen.findByText('Zmieniono status planu na: Zakończony.')).toBeInTheDocument();
    expect(posts).toEqual([{ ifMatch: '"5"', body: { to: 'COMPLETED' } }]);
    expect(within(status).getAllByRole('button').map((button) => button.textContent)).toEqual(['Zamknij plan']);
  });

  it('shows no status buttons to a team institution that does not lead the plan', async () => {
    mockFetch(handlers({}, { ...planJan, canEdit: false }));
    renderApp(`/plans/${PLAN_ID}`);
    const status = await screen.findByRole('region', { name: 'Status planu' });
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
    expect(within(status).getByText(/Status planu zmienia instytucja prowadząca/)).toBeInTheDocument();
  });

  it('adds a step with a catalogue service and an Idempotency-Key', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: { key: string | null; body: Schemas['StepRequest'] }[] = [];
    mockFetch(
      handlers({
        [`POST /api/v1/plans/${PLAN_ID}/steps`]: async (_url, request) => {
          posts.push({ key: request.headers.get('Idempotency-Key'), body: (await request.json()) as Schemas['StepRequest'] });
          return json(planJan, 201);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Dodaj działanie' }));
    const form = screen.getByRole('form', { name: 'Dodaj działanie' });
    await user.selectOptions(within(form).getByLabelText('Kto prowadzi działanie'), PUP_ID);
    await user.clear(within(form).getByLabelText('Planowany początek'));
    await user.type(within(form).getByLabelText('Planowany początek'), '2025-07-01');
    const service = within(form).getByLabelText('Usługa z katalogu');
    await waitFor(() => expect(within(service).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(service, 'PUP_INTERNSHIP_2025');
    await user.type(within(form).getByLabelText('Nazwa działania'), 'Staż w bibliotece');
    await user.click(within(form).getByRole('button', { name: 'Dodaj działanie' }));
    expect(await screen.findByText('Dodano działanie „Staż w bibliotece”.')).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[0]!.body).toMatchObject({ ownerInstitutionId: PUP_ID, serviceCode: 'PUP_INTERNSHIP_2025', title: 'Staż w bibliotece', plannedStart: '2025-07-01' });
    // the form closes and the focus returns to the button that opened it
    expect(screen.queryByRole('form', { name: 'Dodaj działanie' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dodaj działanie' })).toHaveFocus());
  });
});
