import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { OPS_ID, referenceHandlers } from '@/test/fixtures';
import { CLIENT_ID, meEwaPlans, opsRef, planJan, PLAN_ID, pupRef, sharingPup } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

type Plan = Schemas['PlanResponse'];

const diagnosis: Schemas['PlanDiagnosis'] = {
  id: 'a9000000-0000-4000-8000-000000000001',
  institution: opsRef,
  madeOn: '2025-03-05',
  validUntil: '2099-09-05',
  valid: true,
  summary: 'Zmotywowany do pracy',
  madeBy: 'Ewa Nowak',
  areas: [
    { area: 'PROFESSIONAL_SITUATION', assessment: 'NEED', notes: 'Bez pracy od 2 lat', withheld: false },
    { area: 'EDUCATION_AND_SKILLS', assessment: 'STRENGTH', notes: null, withheld: false },
    { area: 'HEALTH', assessment: null, notes: null, withheld: true },
    { area: 'HOUSING', assessment: null, notes: null, withheld: true },
    { area: 'FAMILY', assessment: 'NOT_EXPLORED', notes: null, withheld: false },
    { area: 'FINANCES', assessment: null, notes: null, withheld: true },
    { area: 'MOBILITY', assessment: 'NOT_EXPLORED', notes: null, withheld: false },
    { area: 'DIGITAL', assessment: 'NEED', notes: null, withheld: false },
  ],
};

const COLLEAGUE = { subject: '7f8d4c1e-0000-4000-8000-000000000002', displayName: 'Jan Kowalski' };
const ME = { subject: meEwaPlans.subject, displayName: 'Ewa Nowak' };

function handlers(plan: () => Plan, extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(meEwaPlans),
    'GET /api/v1/me/colleagues': () => json([ME, COLLEAGUE]),
    [`GET /api/v1/plans/${PLAN_ID}`]: () => json(plan()),
    [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => json([]),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup]),
    ...extra,
  };
}

describe('case work on the plan page', () => {
  it('shows the regime, the diagnosis with special-category areas withheld, and records a new diagnosis', async () => {
    const user = userEvent.setup({ delay: null });
    let plan: Plan = { ...planJan, diagnoses: [diagnosis], specialCategoryVisible: false };
    const posts: Schemas['DiagnosisRequest'][] = [];
    mockFetch(
      handlers(() => plan, {
        [`POST /api/v1/plans/${PLAN_ID}/diagnoses`]: async (_url, request) => {
          posts.push((await request.json()) as Schemas['DiagnosisRequest']);
          plan = { ...plan, diagnoses: [{ ...diagnosis, id: 'a9000000-0000-4000-8000-000000000002', madeOn: '2025-04-01' }, diagnosis] };
          return json(plan, 201);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    expect(await screen.findByText('Ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia')).toBeInTheDocument();
    expect(screen.getByText('Kontakt PUP z osobą co najmniej co 30 dni.')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Diagnoza' });
    const health = within(section).getByRole('row', { name: /Zdrowie/ });
    expect(health).toHaveTextContent('Dane szczególnej kategorii – Twoja instytucja ich nie widzi');
    expect(within(section).getByRole('row', { name: /Sytuacja zawodowa/ })).toHaveTextContent('Potrzeba');

    await user.click(within(section).getByRole('button', { name: 'Zapisz nową diagnozę' }));
    const form = within(section).getByRole('form', { name: 'Nowa diagnoza' });
    await waitFor(() => expect(within(form).getByRole('heading', { name: 'Nowa diagnoza' })).toHaveFocus());
    // a special-category area cannot be assessed without an article 9 basis
    expect(within(form).getByRole('group', { name: 'Zdrowie' })).toHaveTextContent('zostanie zapisany jako niezbadany');
    expect(within(within(form).getByRole('group', { name: 'Zdrowie' })).queryByRole('radio')).not.toBeInTheDocument();
    await user.click(within(within(form).getByRole('group', { name: 'Mobilność' })).getByRole('radio', { name: 'Zasób' }));
    await user.type(within(form).getByLabelText('Uwagi – Mobilność'), 'Prawo jazdy kat. B');
    await user.click(within(form).getByRole('button', { name: 'Zapisz diagnozę' }));
    expect(await screen.findByText('Zapisano diagnozę.')).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.areas.map((area) => area.area)).not.toContain('HEALTH');
    expect(posts[0]!.areas.find((area) => area.area === 'MOBILITY')).toEqual({ area: 'MOBILITY', assessment: 'STRENGTH', notes: 'Prawo jazdy kat. B' });
    expect(within(section).getByText('Wcześniejsza diagnoza (1)')).toBeInTheDocument();
  });

  it('adds an own action for the person, pointing to a need of the diagnosis', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: Schemas['StepRequest'][] = [];
    mockFetch(
      handlers(() => ({ ...planJan, diagnoses: [diagnosis] }), {
        [`POST /api/v1/plans/${PLAN_ID}/steps`]: async (_url, request) => {
          posts.push((await request.json()) as Schemas['StepRequest']);
          return json(planJan, 201);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Dodaj działanie' }));
    const form = screen.getByRole('form', { name: 'Dodaj działanie' });
    await user.selectOptions(within(form).getByLabelText('Kto prowadzi działanie'), 'PERSON');
    // the person's step is an own action: no kind to choose, no catalogue
    expect(within(form).queryByLabelText('Usługa z katalogu')).not.toBeInTheDocument();
    expect(within(form).queryByRole('group', { name: 'Rodzaj działania' })).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Nazwa działania/), 'Szuka ofert pracy w internecie');
    await user.click(within(within(form).getByRole('group', { name: /Odpowiada na potrzeby/ })).getByRole('checkbox', { name: 'Kompetencje cyfrowe' }));
    await user.click(within(form).getByRole('button', { name: 'Dodaj działanie' }));
    expect(await screen.findByText('Dodano działanie „Szuka ofert pracy w internecie”.')).toBeInTheDocument();
    expect(posts[0]).toMatchObject({ ownerInstitutionId: null, ownedByPerson: true, serviceCode: null, title: 'Szuka ofert pracy w internecie', needs: ['DIGITAL'] });
  });

  it('shows a step of the person in its own group, edited only by the lead', async () => {
    const personStep: Schemas['PlanStep'] = {
      ...planJan.steps[0]!,
      id: 'd1000000-0000-4000-8000-000000000009',
      owner: null,
      ownedByPerson: true,
      service: null,
      title: 'Uzyskuje zaświadczenie lekarskie',
      editable: false,
      needs: ['DIGITAL'],
    };
    mockFetch(handlers(() => ({ ...planJan, canEdit: false, steps: [personStep] })));
    renderApp(`/plans/${PLAN_ID}`);
    const group = await screen.findByRole('region', { name: 'Działania bez przypisanego celu' });
    expect(within(group).getByText('Osoba, której dotyczy plan')).toBeInTheDocument();
    expect(within(group).getByText('Działanie własne (poza katalogiem)')).toBeInTheDocument();
    expect(within(group).getByText('Kompetencje cyfrowe')).toBeInTheDocument();
    expect(within(group).getByText('Działania osoby zapisuje i zmienia instytucja prowadząca plan: Miejski Ośrodek Pomocy Społecznej w Legionowie.')).toBeInTheDocument();
  });

  it('names the caller a caseworker, then hands the case over after a confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    let plan: Plan = planJan;
    const handovers: Schemas['HandoverRequest'][] = [];
    mockFetch(
      handlers(() => plan, {
        [`POST /api/v1/plans/${PLAN_ID}/referents`]: async (_url, request) => {
          const body = (await request.json()) as { subject: string };
          plan = { ...plan, referents: [{ institution: opsRef, subject: body.subject, name: 'Ewa Nowak', since: '2025-03-02T09:00:00Z', mine: true, canHandOver: true }] };
          return json(plan, 201);
        },
        [`POST /api/v1/plans/${PLAN_ID}/handovers`]: async (_url, request) => {
          handovers.push((await request.json()) as Schemas['HandoverRequest']);
          plan = { ...plan, referents: [{ institution: opsRef, subject: COLLEAGUE.subject, name: 'Jan Kowalski', since: '2025-03-03T09:00:00Z', mine: false, canHandOver: false }] };
          return json(plan);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const section = await screen.findByRole('region', { name: 'Osoby prowadzące' });
    expect(within(section).getByText('Żadna instytucja nie wskazała jeszcze osoby prowadzącej.')).toBeInTheDocument();
    await user.click(await within(section).findByRole('button', { name: 'Zostań osobą prowadzącą' }));
    expect(await screen.findByText('Prowadzisz teraz tę sprawę.')).toBeInTheDocument();
    expect(within(section).getByRole('listitem')).toHaveTextContent('Ewa Nowak (to Ty)');

    await user.click(within(section).getByRole('button', { name: 'Przekaż sprawę: Ewa Nowak' }));
    const form = within(section).getByRole('form', { name: 'Przekaż sprawę innej osobie' });
    // the caller is not offered as their own successor
    const select = within(form).getByLabelText('Osoba, która przejmie sprawę');
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Wybierz osobę', 'Jan Kowalski']));
    // the colleague is required
    await user.click(within(form).getByRole('button', { name: 'Dalej' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Osoba, która przejmie sprawę');
    await user.selectOptions(select, COLLEAGUE.subject);
    await user.type(within(form).getByLabelText(/Informacja dla osoby przejmującej/), 'Umówione spotkanie 12 marca');
    await user.click(within(form).getByRole('button', { name: 'Dalej' }));
    const confirm = within(section).getByRole('group', { name: 'Potwierdź przekazanie sprawy' });
    await waitFor(() => expect(within(confirm).getByRole('heading')).toHaveFocus());
    expect(confirm).toHaveTextContent('Sprawę przejmie: Jan Kowalski. Osoba, która ją dotąd prowadziła (Ewa Nowak), przestanie być osobą prowadzącą.');
    expect(handovers).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Tak, przekaż sprawę' }));
    expect(await screen.findByText('Przekazano sprawę. Osoba prowadząca: Jan Kowalski.')).toBeInTheDocument();
    expect(handovers).toEqual([{ fromSubject: ME.subject, toSubject: COLLEAGUE.subject, note: 'Umówione spotkanie 12 marca' }]);
  });

  it('records the situation after the plan at its checkpoints', async () => {
    const user = userEvent.setup({ delay: null });
    let plan: Plan = { ...planJan, status: 'COMPLETED', allowedTransitions: ['CLOSED'], finishedOn: '2025-01-31', due: [] };
    const posts: Schemas['FollowUpRequest'][] = [];
    mockFetch(
      handlers(() => plan, {
        [`POST /api/v1/plans/${PLAN_ID}/follow-ups`]: async (_url, request) => {
          const body = (await request.json()) as Schemas['FollowUpRequest'];
          posts.push(body);
          plan = { ...plan, followUps: [{ checkpoint: body.checkpoint, status: body.status, observedOn: body.observedOn, notes: null, recordedBy: 'Ewa Nowak' }] };
          return json(plan, 201);
        },
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const section = await screen.findByRole('region', { name: 'Sytuacja osoby po zakończeniu planu' });
    // 31 January + 3 months is the last day of April, as the API counts
    const rows = within(section).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows[0]).toContain('31 stycznia 2025');
    expect(rows[1]).toContain('30 kwietnia 2025');
    expect(rows[2]).toContain('31 lipca 2025');
    const form = within(section).getByRole('form', { name: 'Zapisz sytuację osoby' });
    await user.click(within(form).getByRole('button', { name: 'Zapisz sytuację' }));
    expect(within(form).getByRole('alert').querySelectorAll('a')).toHaveLength(2);
    await user.selectOptions(within(form).getByLabelText('Punkt kontrolny'), 'EXIT');
    await user.selectOptions(within(form).getByLabelText('Sytuacja osoby'), 'EMPLOYED');
    await user.click(within(form).getByRole('button', { name: 'Zapisz sytuację' }));
    expect(await screen.findByText('Zapisano sytuację: Przy zakończeniu planu.')).toBeInTheDocument();
    expect(posts[0]).toMatchObject({ checkpoint: 'EXIT', status: 'EMPLOYED' });
    expect(within(section).getByRole('row', { name: /Przy zakończeniu planu/ })).toHaveTextContent('Pracuje');
  });

  it('under a restriction of processing says so and offers no change', async () => {
    mockFetch(handlers(() => ({ ...planJan, restricted: true })));
    renderApp(`/plans/${PLAN_ID}`);
    expect(await screen.findByRole('region', { name: 'Przetwarzanie danych ograniczone (art. 18 RODO)' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Dodaj działanie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Zmień/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zostań osobą prowadzącą' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Status planu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Dodaj spotkanie' })).not.toBeInTheDocument();
  });

  it('lists a team CIS status expiring with the institution named', async () => {
    const due: Schemas['DueItem'] = { kind: 'STATUS_EXPIRY', planId: PLAN_ID, client: planJan.client, stepId: null, stepTitle: null, institution: { ...pupRef, name: 'CIS Wieliszew', type: 'CIS' }, dueOn: '2099-03-31', overdue: false };
    mockFetch(handlers(() => ({ ...planJan, due: [due] })));
    renderApp(`/plans/${PLAN_ID}`);
    expect(await screen.findByText('Wygasa status CIS/KIS instytucji z zespołu: CIS Wieliszew')).toBeInTheDocument();
    expect(OPS_ID).toBeDefined();
  });
});
