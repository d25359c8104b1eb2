import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { institutionPage, institutionSummaries, PUP_ID } from '@/test/fixtures';
import { clientJan, CLIENT_ID, meEwaPlans, planJan, PLAN_ID, sharingNgoWithdrawn, sharingPup } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

function handlers(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(meEwaPlans),
    [`GET /api/v1/clients/${CLIENT_ID}`]: () => json(clientJan),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup, sharingNgoWithdrawn]),
    'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    ...extra,
  };
}

const sharingSection = () => screen.getByRole('region', { name: 'Udostępnianie danych i zgody' });

describe('consent and sharing panel', () => {
  it('lists active and withdrawn bases with their legal basis and purpose', async () => {
    mockFetch(handlers());
    renderApp(`/clients/${CLIENT_ID}`);
    const pup = (await screen.findByRole('heading', { level: 3, name: /Powiatowy Urząd Pracy w Legionowie/ })).closest('li')!;
    expect(within(pup).getByText('Aktywna')).toBeInTheDocument();
    expect(within(pup).getByText('Zgoda osoby (art. 6 ust. 1 lit. a RODO)')).toBeInTheDocument();
    expect(within(pup).getByText('Przygotowanie stażu')).toBeInTheDocument();
    const ngo = screen.getByRole('heading', { level: 3, name: /Wspólna Droga/ }).closest('li')!;
    expect(within(ngo).getByText('Wycofana')).toBeInTheDocument();
    expect(within(ngo).queryByRole('button', { name: /Wycofaj/ })).not.toBeInTheDocument();
  });

  it('withdraws only after a confirmation and announces it', async () => {
    const user = userEvent.setup({ delay: null });
    const withdrawals: string[] = [];
    mockFetch(
      handlers({
        [`POST /api/v1/clients/${CLIENT_ID}/sharing/${sharingPup.id}/withdrawal`]: (url) => {
          withdrawals.push(url.pathname);
          return json({ ...sharingPup, active: false });
        },
      }),
    );
    renderApp(`/clients/${CLIENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Wycofaj: Powiatowy Urząd Pracy w Legionowie' }));
    const confirm = screen.getByRole('group', { name: 'Wycofać podstawę udostępnienia dla: Powiatowy Urząd Pracy w Legionowie?' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(withdrawals).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Tak, wycofaj' }));
    expect(await within(sharingSection()).findByText('Wycofano podstawę udostępnienia dla: Powiatowy Urząd Pracy w Legionowie.')).toBeInTheDocument();
    expect(withdrawals).toHaveLength(1);
  });

  it('records a basis for an institution found in the directory, mapping server errors by code', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: Schemas['SharingRequest'][] = [];
    let refuse = true;
    mockFetch(
      handlers({
        [`POST /api/v1/clients/${CLIENT_ID}/sharing`]: async (_url, request) => {
          bodies.push((await request.json()) as Schemas['SharingRequest']);
          if (refuse) {
            refuse = false;
            return new Response(
              JSON.stringify({ title: 'Invalid', status: 422, errors: [{ field: 'legalBasis', code: 'not-article-9', message: 'must be an article 9 basis' }] }),
              { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
            );
          }
          return json(sharingPup, 201);
        },
      }),
    );
    renderApp(`/clients/${CLIENT_ID}`);
    const form = await screen.findByRole('form', { name: 'Zapisz nową podstawę udostępnienia' });
    await user.type(within(form).getByLabelText('Wyszukaj instytucję w katalogu'), 'Urząd');
    const select = within(form).getByLabelText('Instytucja');
    await waitFor(() => expect(within(select).getByRole('option', { name: /Powiatowy Urząd Pracy/ })).toBeInTheDocument());
    // the registering institution itself is not offered
    expect(within(select).queryByRole('option', { name: /Miejski Ośrodek/ })).not.toBeInTheDocument();
    await user.selectOptions(select, PUP_ID);
    await user.selectOptions(within(form).getByLabelText('Podstawa prawna'), 'PUBLIC_TASK_ART_6_1_E');
    await user.type(within(form).getByLabelText('Cel udostępnienia'), 'Przygotowanie stażu');
    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę udostępnienia' }));

    const alert = await within(form).findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(alert).getByRole('link', { name: 'Dla danych szczególnej kategorii wybierz podstawę z art. 9 RODO.' })).toHaveAttribute('href', '#sharing-legalBasis');
    expect(within(form).getByLabelText('Cel udostępnienia')).toHaveValue('Przygotowanie stażu');

    await user.click(within(form).getByRole('button', { name: 'Zapisz podstawę udostępnienia' }));
    expect(await within(sharingSection()).findByText('Zapisano podstawę udostępnienia dla: Powiatowy Urząd Pracy w Legionowie.')).toBeInTheDocument();
    expect(bodies[1]).toMatchObject({ institutionId: PUP_ID, legalBasis: 'PUBLIC_TASK_ART_6_1_E', purpose: 'Przygotowanie stażu', includesSensitive: false, statutoryTask: null });
  });
});

describe('start a plan', () => {
  it('offers the team only institutions with an active basis and sends one Idempotency-Key per distinct submission', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: { key: string | null; body: Schemas['PlanRequest'] }[] = [];
    let fail = true;
    mockFetch(
      handlers({
        'POST /api/v1/plans': async (_url, request) => {
          posts.push({ key: request.headers.get('Idempotency-Key'), body: (await request.json()) as Schemas['PlanRequest'] });
          if (fail) {
            fail = false;
            return problem(503, 'Service Unavailable');
          }
          return json(planJan, 201);
        },
        [`GET /api/v1/plans/${PLAN_ID}`]: () => json(planJan),
      }),
    );
    const { router } = renderApp(`/clients/${CLIENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Rozpocznij plan działania' });
    const team = within(section).getByRole('group', { name: 'Zespół' });
    await waitFor(() => expect(within(team).getAllByRole('checkbox')).toHaveLength(1));
    expect(within(team).getByRole('checkbox', { name: 'Powiatowy Urząd Pracy w Legionowie' })).toBeInTheDocument();

    await user.type(within(section).getByLabelText('Tytuł planu'), 'Powrót do pracy 2025');
    await user.type(within(section).getByLabelText('Cele'), 'Podjęcie zatrudnienia{enter}{enter}Ukończenie kursu');
    await user.click(within(team).getByRole('checkbox', { name: 'Powiatowy Urząd Pracy w Legionowie' }));
    await user.click(within(section).getByRole('button', { name: 'Rozpocznij plan' }));
    expect(await within(section).findByRole('alert')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Rozpocznij plan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/plans/${PLAN_ID}`));

    expect(posts).toHaveLength(2);
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    // the retry of the same content repeats the key: the server creates the plan once
    expect(posts[1]!.key).toBe(posts[0]!.key);
    expect(posts[0]!.body).toMatchObject({ clientId: CLIENT_ID, title: 'Powrót do pracy 2025', goals: ['Podjęcie zatrudnienia', 'Ukończenie kursu'], team: [PUP_ID], periodTo: null });
  });
});
