import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { legionowo, meEwa } from '@/test/fixtures';
import { acceptedReferral, CIS_REF, manyReferrals, meAnnaCis, meEwaPlans, PLAN_ID, REFERRAL_ID, referralToCis } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

type Referral = Schemas['ReferralResponse'];

/** The API's answer for a box: filtered by the status parameters and cut to the page asked for. */
function boxPage(all: Referral[], url: URL): Schemas['ReferralPage'] {
  const statuses = url.searchParams.getAll('status');
  const page = Number(url.searchParams.get('page') ?? '0');
  const size = Number(url.searchParams.get('size') ?? '20');
  const filtered = statuses.length > 0 ? all.filter((referral) => statuses.includes(referral.status)) : all;
  return {
    items: filtered.slice(page * size, (page + 1) * size),
    page,
    size,
    totalItems: filtered.length,
    totalPages: Math.max(1, Math.ceil(filtered.length / size)),
    overdueItems: filtered.filter((referral) => referral.overdue).length,
  };
}

function handlers(boxes: { in?: () => Referral[]; out?: () => Referral[] }, extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(meAnnaCis),
    'GET /api/v1/referrals': (url) => json(boxPage((url.searchParams.get('box') === 'out' ? boxes.out : boxes.in)?.() ?? [], url)),
    'GET /api/v1/territory/gminas/1408011': () => json(legionowo),
    ...extra,
  };
}

const card = (name: string) => screen.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).closest('li')!;

describe('referral navigation', () => {
  it('shows "Skierowania" with PLAN_WORK, active on both boxes', async () => {
    mockFetch(handlers({ in: () => [], out: () => [] }));
    renderApp('/referrals/sent');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    const link = await within(nav).findByRole('link', { name: 'Skierowania' });
    expect(link).toHaveAttribute('href', '/referrals');
    expect(link).toHaveAttribute('aria-current', 'page');
    const boxes = screen.getByRole('navigation', { name: 'Skrzynki skierowań' });
    expect(within(boxes).getByRole('link', { name: 'Wysłane' })).toHaveAttribute('aria-current', 'page');
    expect(within(boxes).getByRole('link', { name: 'Przychodzące' })).not.toHaveAttribute('aria-current');
  });

  it('hides it without PLAN_WORK', async () => {
    mockFetch(handlers({}, { 'GET /api/v1/me': () => json(meEwa) }));
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    expect(await within(nav).findByRole('link', { name: 'Instytucje' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Skierowania' })).not.toBeInTheDocument();
  });
});

describe('referral inbox', () => {
  it('shows only the minimum about the person until accepted, and no link to the plan', async () => {
    mockFetch(handlers({ in: () => [referralToCis()] }));
    renderApp('/referrals');
    expect(screen.getByRole('heading', { level: 1, name: 'Skierowania do mojej instytucji' })).toBeInTheDocument();
    expect(await screen.findByText('1 skierowanie.')).toBeInTheDocument();
    const item = card('Jan W\\.');
    expect(within(item).getByText('Oczekuje na odpowiedź')).toBeInTheDocument();
    expect(within(item).getByText(/widzisz tylko minimum danych o osobie/)).toBeInTheDocument();
    expect(within(item).getByText('1985')).toBeInTheDocument();
    expect(await within(item).findByText('Legionowo')).toBeInTheDocument();
    expect(within(item).queryByText(/Wiśniewski/)).not.toBeInTheDocument();
    expect(within(item).queryByRole('link', { name: /Otwórz plan/ })).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Przyjmij: Jan W.' })).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Odrzuć: Jan W.' })).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Wycofaj/ })).not.toBeInTheDocument();
  });

  it('says an overdue deadline in words and with a tag, and counts the overdue ones', async () => {
    mockFetch(handlers({ in: () => [referralToCis({ responseDue: '2025-05-10', overdue: true }), ...manyReferrals(2)] }));
    renderApp('/referrals');
    expect(await screen.findByText('3 skierowania. W tym 1 bez odpowiedzi po terminie.')).toBeInTheDocument();
    const item = card('Jan W\\.');
    expect(within(item).getByText('Po terminie')).toBeInTheDocument();
    expect(within(item).getByText(/10 maja 2025 – termin minął, brak odpowiedzi/)).toBeInTheDocument();
    expect(item).toHaveClass('referral--overdue');
  });

  it('filters by status and pages through the box on the server, both kept in the URL, with Polish plurals', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(handlers({ in: () => [...manyReferrals(11), acceptedReferral({ id: 'f2000000-0000-4000-8000-000000000999' })] }));
    const boxQueries = () => requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/referrals').map((url) => url.search);
    const { router } = renderApp('/referrals');
    expect(await screen.findByText('12 skierowań.')).toBeInTheDocument();
    expect(boxQueries()).toEqual(['?box=in&page=0&size=10']);
    expect(within(screen.getByRole('list', { name: 'Skierowania do mojej instytucji' })).getAllByRole('heading', { level: 2 })).toHaveLength(10);
    await user.click(screen.getByRole('link', { name: 'Następna' }));
    expect(await screen.findByText('Strona 2 z 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Skierowania do mojej instytucji' })).getAllByRole('heading', { level: 2 })).toHaveLength(2));
    expect(boxQueries()).toContain('?box=in&page=1&size=10');

    await user.selectOptions(screen.getByLabelText('Status'), 'ACCEPTED');
    await user.click(screen.getByRole('button', { name: 'Pokaż' }));
    expect(await screen.findByText('1 skierowanie o statusie „Przyjęte”.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=ACCEPTED');
    expect(boxQueries()).toContain('?box=in&status=ACCEPTED&page=0&size=10');
    expect(screen.queryByRole('navigation', { name: 'Stronicowanie' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'SENT');
    await user.click(screen.getByRole('button', { name: 'Pokaż' }));
    expect(await screen.findByText('11 skierowań o statusie „Oczekuje na odpowiedź”.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'REJECTED');
    await user.click(screen.getByRole('button', { name: 'Pokaż' }));
    expect(await screen.findByText('Nie ma skierowań o wybranym statusie.')).toBeInTheDocument();
  });

  it('shows a failed box as a problem summary and loads it again on retry', async () => {
    const user = userEvent.setup({ delay: null });
    let fail = true;
    mockFetch(handlers({}, { 'GET /api/v1/referrals': (url) => (fail ? problem(400, 'Invalid request parameters', 'One or more request parameters are invalid.') : json(boxPage([referralToCis()], url))) }));
    renderApp('/referrals');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid request parameters');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Spróbuj ponownie' }));
    expect(await screen.findByText('1 skierowanie.')).toBeInTheDocument();
  });

  it('names an anonymised person only by the marker', async () => {
    const gone = referralToCis({ status: 'DONE', actions: [], person: { firstName: 'Osoba', lastName: 'zanonimizowana', birthYear: null, gminaTeryt: '1408011', full: true, anonymised: true } });
    mockFetch(handlers({ in: () => [gone] }));
    renderApp('/referrals');
    const item = await waitFor(() => card('Osoba zanonimizowana'));
    expect(within(item).getByText(/jej dane identyfikacyjne zostały usunięte/)).toBeInTheDocument();
    expect(within(item).queryByText(/minimum danych/)).not.toBeInTheDocument();
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
  });

  it('accepts: the person is then shown in full with a link to the plan', async () => {
    const user = userEvent.setup({ delay: null });
    let current = referralToCis();
    const accepted: string[] = [];
    mockFetch(
      handlers(
        { in: () => [current] },
        {
          [`POST /api/v1/referrals/${REFERRAL_ID}/acceptance`]: (url) => {
            accepted.push(url.pathname);
            current = acceptedReferral();
            return json(current);
          },
        },
      ),
    );
    renderApp('/referrals');
    await user.click(await screen.findByRole('button', { name: 'Przyjmij: Jan W.' }));
    const notice = await screen.findByRole('status', { name: 'Gotowe' });
    expect(notice).toHaveTextContent('Skierowanie dotyczące: Jan W. zostało przyjęte – możesz teraz otworzyć plan.');
    await waitFor(() => expect(notice).toHaveFocus());
    const item = await waitFor(() => card('Jan Wiśniewski'));
    expect(within(item).getByText('Przyjęte')).toBeInTheDocument();
    expect(within(item).queryByText(/minimum danych/)).not.toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Otwórz plan: Jan Wiśniewski' })).toHaveAttribute('href', `/plans/${PLAN_ID}`);
    expect(within(item).getByRole('button', { name: 'Oznacz jako zrealizowane: Jan Wiśniewski' })).toBeInTheDocument();
    expect(accepted).toHaveLength(1);
  });

  it('rejects only with a reason: the error summary links to the field, then the reason is sent', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: unknown[] = [];
    mockFetch(
      handlers(
        { in: () => [referralToCis()] },
        {
          [`POST /api/v1/referrals/${REFERRAL_ID}/rejection`]: async (_url, request) => {
            bodies.push(await request.json());
            return json(referralToCis({ status: 'REJECTED', rejectionReason: 'Brak miejsc do września.', actions: [] }));
          },
        },
      ),
    );
    renderApp('/referrals');
    await user.click(await screen.findByRole('button', { name: 'Odrzuć: Jan W.' }));
    const form = screen.getByRole('form', { name: 'Odrzuć skierowanie: Jan W.' });
    await waitFor(() => expect(within(form).getByRole('heading', { name: 'Odrzuć skierowanie: Jan W.' })).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Odrzuć skierowanie' }));
    const summary = within(form).getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Wpisz powód odrzucenia skierowania.' });
    await user.click(link);
    const reason = within(form).getByLabelText('Powód odrzucenia');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);

    await user.type(reason, 'Brak miejsc do września.');
    await user.click(within(form).getByRole('button', { name: 'Odrzuć skierowanie' }));
    expect(await screen.findByText('Skierowanie dotyczące: Jan W. zostało odrzucone.')).toBeInTheDocument();
    expect(bodies).toEqual([{ reason: 'Brak miejsc do września.' }]);
  });

  it('on 409 (withdrawn meanwhile) says so and loads the box again', async () => {
    const user = userEvent.setup({ delay: null });
    let current = referralToCis();
    let reads = 0;
    mockFetch(
      handlers(
        {
          in: () => {
            reads += 1;
            return [current];
          },
        },
        {
          [`POST /api/v1/referrals/${REFERRAL_ID}/acceptance`]: () => {
            current = referralToCis({ status: 'WITHDRAWN', actions: [] });
            return problem(409, 'Transition not allowed', 'A WITHDRAWN referral cannot become ACCEPTED.');
          },
        },
      ),
    );
    renderApp('/referrals');
    await user.click(await screen.findByRole('button', { name: 'Przyjmij: Jan W.' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('To skierowanie zmieniło się w międzyczasie');
    await waitFor(() => expect(alert).toHaveFocus());
    const item = card('Jan W\\.');
    expect(await within(item).findByText('Wycofane')).toBeInTheDocument();
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(reads).toBe(2);
  });

  it('completes an accepted referral', async () => {
    const user = userEvent.setup({ delay: null });
    let current = acceptedReferral();
    mockFetch(
      handlers(
        { in: () => [current] },
        {
          [`POST /api/v1/referrals/${REFERRAL_ID}/completion`]: () => {
            current = acceptedReferral({ status: 'DONE', actions: [] });
            return json(current);
          },
        },
      ),
    );
    renderApp('/referrals');
    await user.click(await screen.findByRole('button', { name: 'Oznacz jako zrealizowane: Jan Wiśniewski' }));
    expect(await screen.findByText('Skierowanie dotyczące: Jan Wiśniewski oznaczono jako zrealizowane.')).toBeInTheDocument();
    const item = card('Jan Wiśniewski');
    expect(await within(item).findByText('Zrealizowane')).toBeInTheDocument();
    // done: the receiver no longer sees the plan
    expect(within(item).queryByRole('link', { name: /Otwórz plan/ })).not.toBeInTheDocument();
  });
});

const sent = () => referralToCis({ person: { firstName: 'Jan', lastName: 'Wiśniewski', birthYear: 1985, gminaTeryt: '1408011', full: true, anonymised: false }, actions: ['WITHDRAW'] });

describe('referral outbox', () => {
  it('lists what was sent with the receiver and a link to the plan; no answers, only withdrawal', async () => {
    mockFetch(handlers({ out: () => [sent()] }, { 'GET /api/v1/me': () => json(meEwaPlans) }));
    renderApp('/referrals/sent');
    expect(screen.getByRole('heading', { level: 1, name: 'Skierowania wysłane' })).toBeInTheDocument();
    const item = await waitFor(() => card('Jan Wiśniewski'));
    expect(within(item).getByText(CIS_REF.name)).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Otwórz plan: Jan Wiśniewski' })).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Przyjmij|Odrzuć/ })).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Wycofaj: Jan Wiśniewski' })).toBeInTheDocument();
  });

  it('withdraws only after a confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: string[] = [];
    let current = sent();
    mockFetch(
      handlers(
        { out: () => [current] },
        {
          'GET /api/v1/me': () => json(meEwaPlans),
          [`POST /api/v1/referrals/${REFERRAL_ID}/withdrawal`]: (url) => {
            posts.push(url.pathname);
            current = { ...sent(), status: 'WITHDRAWN', actions: [] };
            return json(current);
          },
        },
      ),
    );
    renderApp('/referrals/sent');
    await user.click(await screen.findByRole('button', { name: 'Wycofaj: Jan Wiśniewski' }));
    const confirm = screen.getByRole('group', { name: `Wycofać skierowanie do: ${CIS_REF.name}?` });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(posts).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Tak, wycofaj' }));
    expect(await screen.findByText(`Wycofano skierowanie do: ${CIS_REF.name}.`)).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(await within(card('Jan Wiśniewski')).findByText('Wycofane')).toBeInTheDocument();
  });

  it('says when nothing was sent', async () => {
    mockFetch(handlers({ out: () => [] }, { 'GET /api/v1/me': () => json(meEwaPlans) }));
    renderApp('/referrals/sent');
    expect(await screen.findByText('Twoja instytucja nie wysłała jeszcze żadnego skierowania.')).toBeInTheDocument();
    expect(screen.getByText('0 skierowań.')).toBeInTheDocument();
  });
});
