import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { legionowo } from '@/test/fixtures';
import { acceptedReferral, meAnnaCis, meEwaPlans, REFERRAL_ID, referralToCis } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

function api(me = meAnnaCis, referral = () => json(referralToCis()), extra = {}) {
  return mockFetch({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
    [`GET /api/v1/referrals/${REFERRAL_ID}`]: referral,
    'GET /api/v1/territory/gminas/1408011': () => json(legionowo),
    ...extra,
  });
}

describe('one referral (where a notification leads)', () => {
  it('shows the receiver the minimum about the person and lets it accept', async () => {
    let accepted = false;
    api(meAnnaCis, () => json(accepted ? acceptedReferral() : referralToCis()), {
      [`POST /api/v1/referrals/${REFERRAL_ID}/acceptance`]: () => {
        accepted = true;
        return json(acceptedReferral());
      },
    });
    renderApp(`/referrals/${REFERRAL_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Skierowanie od: Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skierowania do mojej instytucji' })).toHaveAttribute('href', '/referrals');
    const list = screen.getByRole('list', { name: 'Skierowanie od: Miejski Ośrodek Pomocy Społecznej w Legionowie' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByText(/widzisz tylko minimum danych o osobie/)).toBeInTheDocument();
    await userEvent.click(within(item).getByRole('button', { name: 'Przyjmij: Jan W.' }));
    expect(await screen.findByRole('status', { name: 'Gotowe' })).toHaveTextContent('zostało przyjęte');
    expect(await within(list).findByRole('link', { name: /Otwórz plan/ })).toBeInTheDocument();
  });

  it('shows the sender the referral it sent', async () => {
    api(meEwaPlans, () => json(referralToCis({ actions: ['WITHDRAW'] })));
    renderApp(`/referrals/${REFERRAL_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Skierowanie do: Centrum Integracji Społecznej w Wieliszewie' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skierowania wysłane' })).toHaveAttribute('href', '/referrals/sent');
  });

  it('says when the referral is not the institution\u2019s', async () => {
    api(meAnnaCis, () => problem(404, 'Not Found'));
    renderApp(`/referrals/${REFERRAL_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nie znaleziono skierowania' })).toBeInTheDocument();
    expect(screen.getByText(/nie zostało wysłane do Twojej instytucji ani przez nią/)).toBeInTheDocument();
  });
});
