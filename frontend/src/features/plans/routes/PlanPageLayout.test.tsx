import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { OPS_ID, PUP_ID, referenceHandlers, services } from '@/test/fixtures';
import { CLIENT_ID, meEwaPlans, opsRef, planJan, PLAN_ID, sharingPup, STEP_OWN_ID, STEP_PUP_ID } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

type Plan = Schemas['PlanResponse'];
const GOAL_ID = planJan.goals[0]!.id;

/** The OPS's own service, in force from 2025 (the reference fixture has none for an OPS). */
const opsWork: Schemas['ServiceSummary'] = {
  code: 'OPS_SOCIAL_WORK',
  kind: 'SOCIAL_WORK',
  namePl: 'Praca socjalna',
  nameEn: 'Social work',
  legalRegime: null,
  validFrom: null,
  validTo: null,
  historical: false,
  providerTypes: ['OPS'],
};

function handlers(plan: Plan = planJan, extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(meEwaPlans),
    'GET /api/v1/catalogue/services': () => json({ items: [...services, opsWork], page: 0, size: 100, totalItems: services.length + 1, totalPages: 1 }),
    [`GET /api/v1/plans/${PLAN_ID}`]: () => json(plan),
    [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => json([]),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup]),
    ...extra,
  };
}

const withGoal: Plan = {
  ...planJan,
  steps: [
    { ...planJan.steps[1]!, goalId: GOAL_ID },
    planJan.steps[0]!,
    {
      ...planJan.steps[0]!,
      id: 'd1000000-0000-4000-8000-000000000003',
      title: 'Aktywizacja w KIS',
      plannedStart: '2025-02-01',
      plannedEnd: null,
      actualStart: null,
      status: 'CANCELLED',
      version: 2,
    },
  ],
};

describe('the plan page at a glance', () => {
  it('sums the plan up at the top: person, number, lead, team, status and the next thing due', async () => {
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    const summary = await screen.findByRole('region', { name: 'Podsumowanie planu' });
    const row = (term: string) => within(summary).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(row('Osoba')).toHaveTextContent('Jan Wiśniewski');
    expect(row('Numer planu')).toHaveTextContent('OPS-2025/0007');
    expect(row('Instytucja prowadząca')).toHaveTextContent(opsRef.name);
    expect(row('Pozostałe instytucje w zespole')).toHaveTextContent('Powiatowy Urząd Pracy w Legionowie');
    expect(row('Status')).toHaveTextContent('W realizacji');
    // the earliest due item, overdue: the PUP's contact on 1 May 2025
    expect(row('Najbliższy termin')).toHaveTextContent(/1 maja 2025 – Kontakt PUP z osobą.*Powiatowy Urząd Pracy w Legionowie.*Po terminie/);
  });

  it('lists each goal with the steps that serve it, the rest in their own group, and a timeline by planned start', async () => {
    mockFetch(handlers(withGoal));
    renderApp(`/plans/${PLAN_ID}`);
    const goal = await screen.findByRole('region', { name: 'Cel 1: Podjęcie zatrudnienia' });
    expect(within(goal).getAllByRole('heading', { level: 4 }).map((heading) => heading.firstChild?.textContent?.trim())).toEqual(['Staż w urzędzie gminy']);
    const loose = screen.getByRole('region', { name: 'Działania bez przypisanego celu' });
    expect(within(loose).getAllByRole('heading', { level: 4 }).map((heading) => heading.firstChild?.textContent?.trim())).toEqual(['Aktywizacja w KIS', 'Kontrakt socjalny']);

    const timeline = screen.getByRole('table', { name: 'Działania według planowanej daty rozpoczęcia' });
    const rows = within(timeline)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent).concat(within(row).getByRole('rowheader').textContent ?? ''));
    expect(rows).toEqual([
      ['1 lutego 2025', 'bez daty końca', opsRef.name, 'Anulowane', 'Aktywizacja w KIS'],
      ['10 marca 2025', '10 września 2025', opsRef.name, 'W trakcie', 'Kontrakt socjalny'],
      ['1 maja 2025', '31 października 2025', 'Powiatowy Urząd Pracy w Legionowie', 'Zaplanowane', 'Staż w urzędzie gminy'],
    ]);
  });

  it('offers no action on a cancelled step, not even a referral', async () => {
    mockFetch(handlers(withGoal));
    renderApp(`/plans/${PLAN_ID}`);
    const heading = await screen.findByRole('heading', { level: 4, name: /Aktywizacja w KIS/ });
    const item = heading.closest('li')!;
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(within(item).getByText('Działanie anulowane – nie można go już zmieniać ani kierować.')).toBeInTheDocument();
    // the open step of the same owner still offers both
    const open = screen.getByRole('heading', { level: 4, name: /Kontrakt socjalny/ }).closest('li')!;
    expect(within(open).getByRole('button', { name: 'Zmień: Kontrakt socjalny' })).toBeInTheDocument();
    expect(within(open).getByRole('button', { name: 'Skieruj do innej instytucji: Kontrakt socjalny' })).toBeInTheDocument();
  });
});

describe('forms opened on demand', () => {
  it('opens the step form from its button with the focus inside; Escape closes it and returns the focus', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Powrót do pracy 2025' });
    expect(screen.queryByRole('form', { name: 'Dodaj działanie' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dodaj działanie' }));
    const form = screen.getByRole('form', { name: 'Dodaj działanie' });
    await waitFor(() => expect(within(form).getByRole('heading', { name: 'Dodaj działanie' })).toHaveFocus());
    await user.type(within(form).getByLabelText('Nazwa działania'), 'X');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Dodaj działanie' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dodaj działanie' })).toHaveFocus());
  });

  it('opens a step editor with the focus on its first field; "Anuluj" closes it', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Zmień: Kontrakt socjalny' }));
    const form = screen.getByRole('form', { name: 'Zmiana działania „Kontrakt socjalny”' });
    await waitFor(() => expect(within(form).getByLabelText('Status')).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Anuluj' }));
    expect(screen.queryByRole('form', { name: 'Zmiana działania „Kontrakt socjalny”' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Zmień: Kontrakt socjalny' })).toHaveFocus());
  });
});

describe('meetings and outcomes on demand', () => {
  it('opens the meeting form from its button, saves, closes and announces; Escape closes the outcome form', async () => {
    const user = userEvent.setup({ delay: null });
    const meetings: unknown[] = [];
    mockFetch(
      handlers(planJan, {
        [`POST /api/v1/plans/${PLAN_ID}/meetings`]: async (_url, request) => {
          meetings.push(await request.json());
          return json(planJan, 201);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const section = await screen.findByRole('region', { name: 'Spotkania z osobą' });
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Dodaj spotkanie' }));
    const form = within(section).getByRole('form', { name: 'Zapisz spotkanie' });
    await waitFor(() => expect(within(form).getByRole('heading', { name: 'Zapisz spotkanie' })).toHaveFocus());
    await user.type(within(form).getByLabelText('Kto uczestniczył'), 'Jan Wiśniewski, Ewa Nowak');
    await user.click(within(form).getByRole('button', { name: 'Zapisz spotkanie' }));
    expect(await screen.findByText('Zapisano spotkanie.')).toBeInTheDocument();
    expect(meetings).toEqual([expect.objectContaining({ attendees: 'Jan Wiśniewski, Ewa Nowak' })]);
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Dodaj spotkanie' })).toHaveFocus());

    const outcomes = screen.getByRole('region', { name: 'Rezultaty' });
    await user.click(within(outcomes).getByRole('button', { name: 'Dodaj rezultat' }));
    await waitFor(() => expect(within(outcomes).getByRole('heading', { name: 'Zapisz rezultat' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(within(outcomes).queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(within(outcomes).getByRole('button', { name: 'Dodaj rezultat' })).toHaveFocus());
  });
});

describe('confirmation before what cannot be undone', () => {
  it('asks before closing the plan, names what happens, and sends nothing when cancelled (button or Escape)', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: unknown[] = [];
    mockFetch(
      handlers(planJan, {
        [`POST /api/v1/plans/${PLAN_ID}/transitions`]: async (_url, request) => {
          posts.push(await request.json());
          return json({ ...planJan, status: 'CLOSED', allowedTransitions: [], version: 6 });
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const status = await screen.findByRole('region', { name: 'Status planu' });
    await user.click(within(status).getByRole('button', { name: 'Zamknij plan' }));
    let dialog = within(status).getByRole('alertdialog', { name: 'Zamknąć plan OPS-2025/0007?' });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(/nie można już zmieniać ani otworzyć ponownie.*Tego nie można cofnąć/);
    await user.click(within(dialog).getByRole('button', { name: 'Anuluj' }));
    expect(within(status).queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(status).getByRole('button', { name: 'Zamknij plan' })).toHaveFocus());

    await user.click(within(status).getByRole('button', { name: 'Zamknij plan' }));
    await user.keyboard('{Escape}');
    expect(within(status).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await user.click(within(status).getByRole('button', { name: 'Zamknij plan' }));
    dialog = within(status).getByRole('alertdialog', { name: 'Zamknąć plan OPS-2025/0007?' });
    await user.click(within(dialog).getByRole('button', { name: 'Tak, zamknij plan' }));
    expect(await screen.findByText('Zmieniono status planu na: Zamknięty.')).toBeInTheDocument();
    expect(posts).toEqual([{ to: 'CLOSED' }]);
  });

  it('asks before cancelling a step and saves only after "yes"', async () => {
    const user = userEvent.setup({ delay: null });
    const planned: Plan = { ...planJan, steps: [{ ...planJan.steps[0]!, status: 'PLANNED', actualStart: null }] };
    const puts: Schemas['StepRequest'][] = [];
    mockFetch(
      handlers(planned, {
        [`PUT /api/v1/plans/${PLAN_ID}/steps/${STEP_OWN_ID}`]: async (_url, request) => {
          puts.push((await request.json()) as Schemas['StepRequest']);
          return json(planned);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Zmień: Kontrakt socjalny' }));
    const form = screen.getByRole('form', { name: 'Zmiana działania „Kontrakt socjalny”' });
    await user.selectOptions(within(form).getByLabelText('Status'), 'CANCELLED');
    await user.click(within(form).getByRole('button', { name: 'Zapisz działanie' }));
    const dialog = within(form).getByRole('alertdialog', { name: 'Anulować działanie „Kontrakt socjalny”?' });
    expect(dialog).toHaveAccessibleDescription(/nie można przywrócić/);
    expect(puts).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Tak, anuluj działanie' }));
    expect(await screen.findByText('Zapisano działanie „Kontrakt socjalny”.')).toBeInTheDocument();
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ status: 'CANCELLED' });
  });
});

describe('the step form', () => {
  it('offers only services the owner’s type provides and that are in force on the planned start', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Dodaj działanie' }));
    const form = screen.getByRole('form', { name: 'Dodaj działanie' });
    const service = () => within(form).getByLabelText('Usługa z katalogu');
    const offered = () => within(service()).getAllByRole('option').map((option) => (option as HTMLOptionElement).value).filter(Boolean);
    expect(await within(service()).findByRole('option', { name: 'Najpierw wybierz, kto prowadzi działanie' })).toBeInTheDocument();
    expect(offered()).toEqual([]);

    await user.selectOptions(within(form).getByLabelText('Kto prowadzi działanie'), PUP_ID);
    const start = within(form).getByLabelText('Planowany początek');
    await user.clear(start);
    await user.type(start, '2025-05-10');
    // before 1 June 2025: the 2004 act's internship; never the abolished profile III, never a KIS service
    await waitFor(() => expect(offered()).toEqual(['PUP_INTERNSHIP_2004']));
    expect(within(form).getByText('Lista zawiera 1 usługę, którą ta instytucja świadczy i która obowiązuje w dniu planowanego początku.')).toBeInTheDocument();
    await user.selectOptions(service(), 'PUP_INTERNSHIP_2004');

    await user.clear(start);
    await user.type(start, '2025-06-01');
    expect(offered()).toEqual(['PUP_INTERNSHIP_2025']);
    // the earlier choice is no longer offered, so it is not kept
    expect(service()).toHaveValue('');

    await user.selectOptions(within(form).getByLabelText('Kto prowadzi działanie'), OPS_ID);
    expect(offered()).toEqual(['OPS_SOCIAL_WORK']);
  });

  it('warns before adding a step that repeats one (same service, owner, overlapping dates), then adds it when confirmed', async () => {
    const user = userEvent.setup({ delay: null });
    const internship: Plan = {
      ...planJan,
      steps: [{ ...planJan.steps[1]!, id: STEP_PUP_ID, service: { code: 'PUP_INTERNSHIP_2025', kind: 'INTERNSHIP', namePl: 'Staż (2025)', nameEn: 'Internship (2025 act)' }, plannedStart: '2025-07-01', plannedEnd: '2025-12-31' }],
    };
    const posts: Schemas['StepRequest'][] = [];
    mockFetch(
      handlers(internship, {
        [`POST /api/v1/plans/${PLAN_ID}/steps`]: async (_url, request) => {
          posts.push((await request.json()) as Schemas['StepRequest']);
          return json(internship, 201);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Dodaj działanie' }));
    const form = screen.getByRole('form', { name: 'Dodaj działanie' });
    await user.selectOptions(within(form).getByLabelText('Kto prowadzi działanie'), PUP_ID);
    const start = within(form).getByLabelText('Planowany początek');
    await user.clear(start);
    await user.type(start, '2025-09-01');
    await waitFor(() => expect(within(within(form).getByLabelText('Usługa z katalogu')).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(within(form).getByLabelText('Usługa z katalogu'), 'PUP_INTERNSHIP_2025');
    await user.type(within(form).getByLabelText('Nazwa działania'), 'Drugi staż');
    await user.click(within(form).getByRole('button', { name: 'Dodaj działanie' }));

    const warning = within(form).getByRole('group', { name: 'W planie jest już takie działanie' });
    await waitFor(() => expect(warning).toHaveFocus());
    expect(warning).toHaveTextContent('Staż w urzędzie gminy (Powiatowy Urząd Pracy w Legionowie, od 1 lipca 2025 do 31 grudnia 2025, Zaplanowane)');
    expect(posts).toHaveLength(0);
    await user.click(within(form).getByRole('button', { name: 'Dodaj mimo to' }));
    expect(await screen.findByText('Dodano działanie „Drugi staż”.')).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ ownerInstitutionId: PUP_ID, serviceCode: 'PUP_INTERNSHIP_2025', plannedStart: '2025-09-01' });
  });
});
