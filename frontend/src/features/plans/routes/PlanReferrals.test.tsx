import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { institutionPage, institutionSummaries, referenceHandlers, summary as institutionSummary } from '@/test/fixtures';
import { CIS_REF, CLIENT_ID, meEwaPlans, NGO_REF, planJan, PLAN_ID, referralToCis, sharingCis, sharingNgoWithdrawn, sharingPup } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

type Plan = Schemas['PlanResponse'];
type Referral = Schemas['ReferralResponse'];

/** the caller's own step uses a service of the catalogue fixture, so the form can take it */
const plan: Plan = {
  ...planJan,
  steps: planJan.steps.map((step) => (step.editable ? { ...step, service: { code: 'KIS_COUNSELLING', kind: 'SERVICE', namePl: 'Poradnictwo w KIS', nameEn: 'KIS counselling' } } : step)),
};

function handlers(options: { plan?: Plan; referrals?: Referral[] } = {}, extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(meEwaPlans),
    [`GET /api/v1/plans/${PLAN_ID}`]: () => json(options.plan ?? plan),
    [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => json(options.referrals ?? []),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup, sharingCis, sharingNgoWithdrawn]),
    'GET /api/v1/institutions': () => json(institutionPage([...institutionSummaries, institutionSummary({ id: CIS_REF.id, type: 'CIS', name: CIS_REF.name, city: 'Wieliszew' })])),
    ...extra,
  };
}

const section = () => screen.getByRole('region', { name: 'Skierowania' });
const sendForm = () => screen.getByRole('form', { name: 'Wyślij skierowanie' });
/** The form opens on demand from the section's button. */
async function openSendForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await within(await screen.findByRole('region', { name: 'Skierowania' })).findByRole('button', { name: 'Wyślij skierowanie' }));
  const form = sendForm();
  await waitFor(() => expect(within(form).getByRole('heading', { name: 'Wyślij skierowanie' })).toHaveFocus());
  return form;
}

describe('the plan’s referrals', () => {
  it('lists every referral of the plan from its own list, newest first, with status and deadline', async () => {
    const overdue = referralToCis({ id: 'f2000000-0000-4000-8000-000000000003', responseDue: '2025-05-10', overdue: true, sentAt: '2025-05-01T08:00:00Z' });
    const rejected = referralToCis({
      id: 'f2000000-0000-4000-8000-000000000004',
      from: CIS_REF,
      to: planJan.lead,
      status: 'REJECTED',
      rejectionReason: 'Brak miejsc',
      sentAt: '2025-04-01T08:00:00Z',
      actions: [],
    });
    // between two other institutions: the plan's list shows it too
    const between = referralToCis({ id: 'f2000000-0000-4000-8000-000000000005', from: CIS_REF, to: NGO_REF, sentAt: '2025-03-01T08:00:00Z', actions: [] });
    const { requests } = mockFetch(handlers({ referrals: [referralToCis({ actions: ['WITHDRAW'] }), overdue, rejected, between] }));
    renderApp(`/plans/${PLAN_ID}`);
    const table = await within(await screen.findByRole('region', { name: 'Skierowania' })).findByRole('table', { name: 'Skierowania w tym planie' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent(`Miejski Ośrodek Pomocy Społecznej w Legionowie → ${CIS_REF.name}`);
    expect(rows[0]).toHaveTextContent('Wysłane');
    expect(rows[1]).toHaveTextContent('Po terminie');
    expect(rows[1]).toHaveClass('row--overdue');
    expect(rows[2]).toHaveTextContent('Odrzucone (powód: Brak miejsc)');
    expect(rows[3]).toHaveTextContent(`${CIS_REF.name} → ${NGO_REF.name}`);
    expect(within(section()).getByRole('link', { name: 'Skierowania wysłane' })).toHaveAttribute('href', '/referrals/sent');
    // the boxes are not read for the plan page
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/referrals')).toBe(false);
  });

  it('says when the plan has no referrals, and shows a failed list as a problem with retry', async () => {
    const user = userEvent.setup({ delay: null });
    let fail = true;
    mockFetch(
      handlers({}, {
        [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => (fail ? problem(500, 'Internal Server Error', 'Try again later.') : json([])),
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const alert = await within(await screen.findByRole('region', { name: 'Skierowania' })).findByRole('alert');
    expect(alert).toHaveTextContent('Internal Server Error');
    expect(alert).toHaveTextContent('Try again later.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Spróbuj ponownie' }));
    expect(await within(section()).findByText('W tym planie nie ma jeszcze skierowań.')).toBeInTheDocument();
  });

  it('validates the referral, then sends it to an institution with an active basis', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: Schemas['ReferralRequest'][] = [];
    mockFetch(
      handlers(
        {},
        {
          [`POST /api/v1/plans/${PLAN_ID}/referrals`]: async (_url, request) => {
            bodies.push((await request.json()) as Schemas['ReferralRequest']);
            return json(referralToCis({ actions: ['WITHDRAW'] }), 201);
          },
        },
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Powrót do pracy 2025' });
    const form = await openSendForm(user);
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    // every institution of the directory but the caller's own, with or without a basis
    await waitFor(() => expect(within(institution).getByRole('option', { name: new RegExp(CIS_REF.name) })).toBeInTheDocument());
    expect(within(institution).getAllByRole('option').map((option) => (option as HTMLOptionElement).value)).toEqual(['', institutionSummaries[1]!.id, NGO_REF.id, CIS_REF.id]);

    await user.clear(within(form).getByLabelText('Termin odpowiedzi'));
    await user.click(within(form).getByRole('button', { name: 'Wyślij skierowanie' }));
    const summary = within(form).getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Wybierz instytucję, do której kierujesz osobę.',
      'Napisz, o co prosisz instytucję.',
      'Podaj termin odpowiedzi.',
    ]);
    expect(bodies).toEqual([]);

    await user.selectOptions(institution, CIS_REF.id);
    await user.type(within(form).getByLabelText('Wiadomość'), 'Prosimy o przyjęcie do CIS.');
    await user.type(within(form).getByLabelText('Termin odpowiedzi'), '2099-06-30');
    await user.click(within(form).getByRole('button', { name: 'Wyślij skierowanie' }));
    expect(await screen.findByText(`Wysłano skierowanie do: ${CIS_REF.name}.`)).toBeInTheDocument();
    expect(bodies).toEqual([{ toInstitutionId: CIS_REF.id, serviceCode: null, message: 'Prosimy o przyjęcie do CIS.', responseDue: '2099-06-30' }]);
    // sent: the form closes and the focus is back on its button
    expect(screen.queryByRole('form', { name: 'Wyślij skierowanie' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(section()).getByRole('button', { name: 'Wyślij skierowanie' })).toHaveFocus());
  });

  it('puts a refusal for want of a legal basis on the institution field', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(
      handlers(
        {},
        {
          [`POST /api/v1/plans/${PLAN_ID}/referrals`]: () =>
            new Response(JSON.stringify({ title: 'Invalid', status: 422, errors: [{ field: 'toInstitutionId', code: 'no-legal-basis', message: 'has no active legal basis' }] }), {
              status: 422,
              headers: { 'Content-Type': 'application/problem+json' },
            }),
        },
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Powrót do pracy 2025' });
    const form = await openSendForm(user);
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    await waitFor(() => expect(within(institution).getByRole('option', { name: new RegExp(CIS_REF.name) })).toBeInTheDocument());
    await user.selectOptions(institution, CIS_REF.id);
    await user.type(within(form).getByLabelText('Wiadomość'), 'Prośba');
    await user.click(within(form).getByRole('button', { name: 'Wyślij skierowanie' }));
    const summary = await within(form).findByRole('alert');
    const text = 'Ta instytucja nie ma aktywnej podstawy udostępnienia danych tej osoby – zapisz ją najpierw na stronie osoby.';
    expect(within(summary).getByRole('link', { name: text })).toBeInTheDocument();
    expect(within(form).getByLabelText('Instytucja, do której kierujesz')).toHaveAttribute('aria-invalid', 'true');
    // what was typed stays
    expect(within(form).getByLabelText('Wiadomość')).toHaveValue('Prośba');
  });

  it('refers the caller’s own step: the form takes its service and title and gets the focus', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers());
    renderApp(`/plans/${PLAN_ID}`);
    const own = (await screen.findByRole('heading', { level: 4, name: /Kontrakt socjalny/ })).closest('li')!;
    const pup = screen.getByRole('heading', { level: 4, name: /Staż w urzędzie gminy/ }).closest('li')!;
    // another institution's step: read only, not referred from here
    expect(within(pup).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Wyślij skierowanie' })).not.toBeInTheDocument();
    await user.click(within(own).getByRole('button', { name: 'Skieruj do innej instytucji: Kontrakt socjalny' }));
    const form = sendForm();
    await waitFor(() => expect(within(form).getByRole('heading', { name: 'Wyślij skierowanie' })).toHaveFocus());
    await waitFor(() => expect(within(form).getByLabelText('Usługa z katalogu (nieobowiązkowa)')).toHaveValue('KIS_COUNSELLING'));
    expect(within(form).getByLabelText('Wiadomość')).toHaveValue('Prosimy o realizację działania „Kontrakt socjalny” w ramach indywidualnego planu.');
  });

  it('offers no sending on a completed plan', async () => {
    mockFetch(handlers({ plan: { ...plan, status: 'COMPLETED', allowedTransitions: ['CLOSED'] } }));
    renderApp(`/plans/${PLAN_ID}`);
    expect(await within(await screen.findByRole('region', { name: 'Skierowania' })).findByText('W tym planie nie ma jeszcze skierowań.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Wyślij skierowanie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Skieruj do innej instytucji/ })).not.toBeInTheDocument();
  });

  it('records a sharing basis inline for an institution without one, then sends the referral', async () => {
    const user = userEvent.setup({ delay: null });
    const calls: { path: string; body: unknown }[] = [];
    mockFetch(
      handlers(
        {},
        {
          [`POST /api/v1/clients/${CLIENT_ID}/sharing`]: async (url, request) => {
            calls.push({ path: new URL(url).pathname, body: await request.json() });
            return json({ ...sharingNgoWithdrawn, id: 'f1000000-0000-4000-8000-000000000009', active: true, withdrawnAt: null, withdrawnBy: null }, 201);
          },
          [`POST /api/v1/plans/${PLAN_ID}/referrals`]: async (url, request) => {
            calls.push({ path: new URL(url).pathname, body: await request.json() });
            return json(referralToCis({ to: NGO_REF, actions: ['WITHDRAW'] }), 201);
          },
        },
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openSendForm(user);
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    await waitFor(() => expect(within(institution).getByRole('option', { name: new RegExp('Wspólna Droga') })).toBeInTheDocument());
    // an institution with a basis: no basis fields
    await user.selectOptions(institution, CIS_REF.id);
    expect(within(form).queryByRole('group', { name: /Podstawa udostępnienia danych tej instytucji/ })).not.toBeInTheDocument();
    // the NGO's basis was withdrawn: its fields open
    await user.selectOptions(institution, NGO_REF.id);
    const basis = within(form).getByRole('group', { name: /Podstawa udostępnienia danych tej instytucji/ });
    await user.type(within(form).getByLabelText('Wiadomość'), 'Prosimy o zajęcia w KIS.');
    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę i wyślij skierowanie' }));
    // one error summary for the referral and its basis; nothing sent
    const summary = within(form).getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Wybierz podstawę prawną.', 'Wpisz cel udostępnienia.']);
    expect(calls).toEqual([]);

    await user.selectOptions(within(basis).getByLabelText('Podstawa prawna'), 'CONSENT_ART_6_1_A');
    await user.type(within(basis).getByLabelText('Cel udostępnienia'), 'Zajęcia w KIS');
    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę i wyślij skierowanie' }));
    expect(await screen.findByText(`Zapisano podstawę udostępnienia danych i wysłano skierowanie do: ${NGO_REF.name}.`)).toBeInTheDocument();
    expect(calls.map((call) => call.path)).toEqual([`/api/v1/clients/${CLIENT_ID}/sharing`, `/api/v1/plans/${PLAN_ID}/referrals`]);
    expect(calls[0]!.body).toMatchObject({ institutionId: NGO_REF.id, legalBasis: 'CONSENT_ART_6_1_A', purpose: 'Zajęcia w KIS', includesSensitive: false });
    expect(calls[1]!.body).toMatchObject({ toInstitutionId: NGO_REF.id, message: 'Prosimy o zajęcia w KIS.' });
  });

  it('shows a refused basis in the error summary and sends no referral', async () => {
    const user = userEvent.setup({ delay: null });
    const referrals: unknown[] = [];
    mockFetch(
      handlers(
        {},
        {
          [`POST /api/v1/clients/${CLIENT_ID}/sharing`]: () =>
            new Response(JSON.stringify({ title: 'Invalid', status: 422, errors: [{ field: 'legalBasis', code: 'not-article-9', message: 'special-category data need an article 9 basis' }] }), {
              status: 422,
              headers: { 'Content-Type': 'application/problem+json' },
            }),
          [`POST /api/v1/plans/${PLAN_ID}/referrals`]: (_url, request) => {
            referrals.push(request);
            return json(referralToCis(), 201);
          },
        },
      ),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openSendForm(user);
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    await waitFor(() => expect(within(institution).getByRole('option', { name: new RegExp('Wspólna Droga') })).toBeInTheDocument());
    await user.selectOptions(institution, NGO_REF.id);
    await user.selectOptions(within(form).getByLabelText('Podstawa prawna'), 'PUBLIC_TASK_ART_6_1_E');
    await user.type(within(form).getByLabelText('Cel udostępnienia'), 'Zajęcia');
    await user.type(within(form).getByLabelText('Wiadomość'), 'Prośba');
    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę i wyślij skierowanie' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(within(form).getByLabelText('Podstawa prawna')).toHaveAttribute('aria-invalid', 'true');
    expect(referrals).toEqual([]);
  });

  it('tells a team institution that does not lead the plan who records a missing basis', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(handlers({ plan: { ...plan, lead: CIS_REF, canEdit: false } }));
    renderApp(`/plans/${PLAN_ID}`);
    const form = await openSendForm(user);
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    await waitFor(() => expect(within(institution).getByRole('option', { name: new RegExp('Wspólna Droga') })).toBeInTheDocument());
    await user.selectOptions(institution, NGO_REF.id);
    expect(within(form).queryByLabelText('Podstawa prawna')).not.toBeInTheDocument();
    const text = `Ta instytucja nie ma podstawy udostępnienia danych tej osoby. Podstawę zapisuje instytucja prowadząca plan: ${CIS_REF.name}.`;
    expect(within(form).getByText(text)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Wiadomość'), 'Prośba');
    await user.click(within(form).getByRole('button', { name: 'Wyślij skierowanie' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent(text);
  });
});
