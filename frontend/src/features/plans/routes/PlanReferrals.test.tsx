import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { referenceHandlers } from '@/test/fixtures';
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
    ...extra,
  };
}

const section = () => screen.getByRole('region', { name: 'Skierowania' });
const sendForm = () => screen.getByRole('form', { name: 'Wyślij skierowanie' });

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
    const form = sendForm();
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    // only institutions with an active basis, never the caller's own; the withdrawn NGO basis is not offered
    await waitFor(() => expect(within(institution).getByRole('option', { name: CIS_REF.name })).toBeInTheDocument());
    expect(within(institution).getAllByRole('option').map((option) => option.textContent)).toEqual(['Wybierz instytucję', 'Powiatowy Urząd Pracy w Legionowie', CIS_REF.name]);
    expect(within(institution).queryByRole('option', { name: NGO_REF.name })).not.toBeInTheDocument();

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
    expect(within(form).getByLabelText('Wiadomość')).toHaveValue('');
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
    const form = sendForm();
    const institution = within(form).getByLabelText('Instytucja, do której kierujesz');
    await waitFor(() => expect(within(institution).getByRole('option', { name: CIS_REF.name })).toBeInTheDocument());
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
    const services = within(sendForm()).getByLabelText('Usługa z katalogu (nieobowiązkowa)');
    await waitFor(() => expect(within(services).getByRole('option', { name: 'Poradnictwo w KIS' })).toBeInTheDocument());
    await user.click(within(own).getByRole('button', { name: 'Skieruj do innej instytucji: Kontrakt socjalny' }));
    const form = sendForm();
    await waitFor(() => expect(within(form).getByRole('heading', { name: 'Wyślij skierowanie' })).toHaveFocus());
    expect(within(form).getByLabelText('Usługa z katalogu (nieobowiązkowa)')).toHaveValue('KIS_COUNSELLING');
    expect(within(form).getByLabelText('Wiadomość')).toHaveValue('Prosimy o realizację działania „Kontrakt socjalny” w ramach indywidualnego planu.');
  });

  it('offers no sending on a completed plan', async () => {
    mockFetch(handlers({ plan: { ...plan, status: 'COMPLETED', allowedTransitions: ['CLOSED'] } }));
    renderApp(`/plans/${PLAN_ID}`);
    expect(await within(await screen.findByRole('region', { name: 'Skierowania' })).findByText('W tym planie nie ma jeszcze skierowań.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Wyślij skierowanie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Skieruj do innej instytucji/ })).not.toBeInTheDocument();
  });
});
